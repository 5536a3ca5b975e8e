package dev.tether.bench.relations;

import dev.tether.bench.fixture.SpreadIds;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The rows and links of the many-to-many benchmarks, generated once from fixed seeds and loaded
 * by every implementation: {@code shape.targets()} tags, each linked to {@code shape.dependents()}
 * albums, over enough albums that each album has about {@link #TAGS_PER_ALBUM} tags (at least
 * {@code dependents + 1} albums). Tag {@code t} is linked to albums {@code (t * dependents + j) mod
 * albums} for {@code j < dependents}: distinct, and computed rather than stored. Ids from
 * {@link SpreadIds}. O(albums + tags) to build.
 */
final class TagCatalog {
    /** About how many tags each album has. */
    static final int TAGS_PER_ALBUM = 4;

    private final Shape shape;
    private final Album[] albums;
    private final Tag[] tags;
    private final long[] linkedAlbumDraws = new long[Draws.COUNT];
    /** {@code linkedTagDraws[i]} is linked to {@code linkedAlbumDraws[i]}. */
    private final long[] linkedTagDraws = new long[Draws.COUNT];
    private final long[] tagDraws;
    private final long[] unlinkedAlbumDraws = new long[Draws.COUNT];
    /** {@code unlinkedTagDraws[i]} is not linked to {@code unlinkedAlbumDraws[i]}. */
    private final long[] unlinkedTagDraws = new long[Draws.COUNT];
    /** The tags of {@code unlinkedAlbumDraws[i]}, in no particular order. */
    private final long[][] unlinkedAlbumTagDraws = new long[Draws.COUNT][];
    /** The same tags and {@code unlinkedTagDraws[i]}. */
    private final long[][] unlinkedAlbumRetagDraws = new long[Draws.COUNT][];
    private final Draws draws = new Draws();

    TagCatalog(Shape shape) {
        this.shape = shape;
        // One album more than a tag's dependents, so every tag has an unlinked album to draw.
        int albumCount = Math.max(shape.dependents() + 1, shape.links() / TAGS_PER_ALBUM);
        long[] albumIds = SpreadIds.distinct(albumCount, 21);
        long[] tagIds = SpreadIds.distinct(shape.targets(), 22);
        albums = new Album[albumCount];
        for (int a = 0; a < albumCount; a++) {
            albums[a] = new Album(albumIds[a], 0, "album-" + albumIds[a]);
        }
        tags = new Tag[tagIds.length];
        for (int t = 0; t < tagIds.length; t++) {
            tags[t] = new Tag(tagIds[t], "tag-" + tagIds[t]);
        }
        tagDraws = SpreadIds.draws(tagIds, Draws.COUNT, 23);
        int[][] tagsByAlbum = tagIndexesByAlbum();
        SplittableRandom random = new SplittableRandom(24);
        for (int i = 0; i < Draws.COUNT; i++) {
            int link = random.nextInt(shape.links());
            linkedAlbumDraws[i] = linkAlbum(link);
            linkedTagDraws[i] = linkTag(link);
            int album;
            int tag;
            do {
                album = random.nextInt(albumCount);
                tag = random.nextInt(tags.length);
            } while (isLinked(album, tag));
            unlinkedAlbumDraws[i] = albums[album].id();
            unlinkedTagDraws[i] = tags[tag].id();
            int[] linked = tagsByAlbum[album];
            long[] retags = new long[linked.length + 1];
            for (int t = 0; t < linked.length; t++) {
                retags[t] = tags[linked[t]].id();
            }
            retags[linked.length] = tags[tag].id();
            unlinkedAlbumTagDraws[i] = Arrays.copyOf(retags, linked.length);
            unlinkedAlbumRetagDraws[i] = retags;
        }
    }

    /** For each album index, the indexes of its tags, from the links. O(links). */
    private int[][] tagIndexesByAlbum() {
        int[] counts = new int[albums.length];
        for (int t = 0; t < tags.length; t++) {
            for (int j = 0; j < shape.dependents(); j++) {
                counts[albumIndex(t, j)]++;
            }
        }
        int[][] byAlbum = new int[albums.length][];
        for (int a = 0; a < albums.length; a++) {
            byAlbum[a] = new int[counts[a]];
            counts[a] = 0;
        }
        for (int t = 0; t < tags.length; t++) {
            for (int j = 0; j < shape.dependents(); j++) {
                int a = albumIndex(t, j);
                byAlbum[a][counts[a]++] = t;
            }
        }
        return byAlbum;
    }

    private int albumIndex(int tag, int dependent) {
        return (int) (((long) tag * shape.dependents() + dependent) % albums.length);
    }

    private boolean isLinked(int album, int tag) {
        long offset = Math.floorMod(album - (long) tag * shape.dependents(), (long) albums.length);
        return offset < shape.dependents();
    }

    Shape shape() {
        return shape;
    }

    Album[] albums() {
        return albums;
    }

    Tag[] tags() {
        return tags;
    }

    /** The number of links. */
    int links() {
        return shape.links();
    }

    /** The album id of link {@code i}, in [0, links()). */
    long linkAlbum(int i) {
        return albums[albumIndex(i / shape.dependents(), i % shape.dependents())].id();
    }

    /** The tag id of link {@code i}, in [0, links()). */
    long linkTag(int i) {
        return tags[i / shape.dependents()].id();
    }

    /** The next index into the draws. */
    int nextDraw() {
        return draws.next();
    }

    /** The album of the linked pair of draw {@code i}. */
    long linkedAlbumDraw(int i) {
        return linkedAlbumDraws[i];
    }

    /** The tag of the linked pair of draw {@code i}. */
    long linkedTagDraw(int i) {
        return linkedTagDraws[i];
    }

    /** A tag id, uniformly drawn. */
    long tagDraw(int i) {
        return tagDraws[i];
    }

    /** The album of the unlinked pair of draw {@code i}. */
    long unlinkedAlbumDraw(int i) {
        return unlinkedAlbumDraws[i];
    }

    /** The tag of the unlinked pair of draw {@code i}. */
    long unlinkedTagDraw(int i) {
        return unlinkedTagDraws[i];
    }

    /** The tags of the album of the unlinked pair of draw {@code i}; the caller must not change the array. */
    long[] unlinkedAlbumTagDraw(int i) {
        return unlinkedAlbumTagDraws[i];
    }

    /** The same tags and the tag of the unlinked pair; the caller must not change the array. */
    long[] unlinkedAlbumRetagDraw(int i) {
        return unlinkedAlbumRetagDraws[i];
    }
}
