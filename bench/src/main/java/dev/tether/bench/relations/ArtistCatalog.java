package dev.tether.bench.relations;

import dev.tether.bench.fixture.SpreadIds;
import java.util.SplittableRandom;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * The rows of the many-to-one benchmarks, generated once from fixed seeds and loaded by every
 * implementation: {@code shape.targets()} artists, each with {@code shape.dependents()} albums,
 * all ids from {@link SpreadIds}, and the keys the benchmarks walk. O(albums) to build.
 */
final class ArtistCatalog {
    private final Shape shape;
    private final Discography[] discographies;
    private final LongObjectHashMap<Discography> byArtist;
    private final long[] artistDraws = new long[Draws.COUNT];
    /** {@code albumDraws[i]} is an album of {@code artistDraws[i]}. */
    private final long[] albumDraws = new long[Draws.COUNT];
    private final Draws draws = new Draws();

    ArtistCatalog(Shape shape) {
        this.shape = shape;
        long[] artistIds = SpreadIds.distinct(shape.targets(), 11);
        long[] albumIds = SpreadIds.distinct(shape.links(), 12);
        discographies = new Discography[shape.targets()];
        byArtist = new LongObjectHashMap<>(shape.targets());
        for (int a = 0; a < artistIds.length; a++) {
            long artistId = artistIds[a];
            Album[] albums = new Album[shape.dependents()];
            for (int d = 0; d < albums.length; d++) {
                long albumId = albumIds[a * shape.dependents() + d];
                albums[d] = new Album(albumId, artistId, "album-" + albumId);
            }
            discographies[a] = new Discography(new Artist(artistId, "artist-" + artistId), albums);
            byArtist.put(artistId, discographies[a]);
        }
        long[] drawn = SpreadIds.draws(artistIds, Draws.COUNT, 13);
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < Draws.COUNT; i++) {
            artistDraws[i] = drawn[i];
            Album[] albums = byArtist.get(drawn[i]).albums();
            albumDraws[i] = albums[random.nextInt(albums.length)].id();
        }
    }

    Shape shape() {
        return shape;
    }

    /** Every artist with its albums, in generation order. */
    Discography[] discographies() {
        return discographies;
    }

    /** The artist and albums generated for {@code artistId}. One probe. */
    Discography discography(long artistId) {
        return byArtist.get(artistId);
    }

    /** The next index into the draws; see {@link #artistDraw} and {@link #albumDraw}. */
    int nextDraw() {
        return draws.next();
    }

    /** The artist id of draw {@code i}. */
    long artistDraw(int i) {
        return artistDraws[i];
    }

    /** An album id of the artist of draw {@code i}. */
    long albumDraw(int i) {
        return albumDraws[i];
    }
}
