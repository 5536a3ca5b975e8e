package dev.tether.bench.relations;

import dev.tether.ForeignKey;
import dev.tether.ManyToOne;
import dev.tether.ManyToOneDef;
import dev.tether.OnDelete;
import dev.tether.Schema;
import dev.tether.Store;
import dev.tether.Table;
import dev.tether.TableDef;

/**
 * The many-to-one world on Tether: tables {@code artists} and {@code albums}, relation
 * {@code album_artist} (CASCADE), loaded from an {@link ArtistCatalog}. Every operation is one
 * call of the public API, as a user would write it.
 */
final class TetherArtists {
    private final ArtistCatalog catalog;
    private final Table<Artist> artists;
    private final Table<Album> albums;
    private final ManyToOne<Album, Artist> albumArtist;
    private final IdSum sum = new IdSum();

    TetherArtists(ArtistCatalog catalog) {
        this.catalog = catalog;
        Schema.Builder schema = Schema.builder();
        TableDef<Artist> artistTable = schema.table("artists", Artist.class, Artist::id);
        TableDef<Album> albumTable = schema.table("albums", Album.class, Album::id);
        ManyToOneDef<Album, Artist> relation = schema.manyToOne("album_artist",
                albumTable, ForeignKey.required(Album::artistId), artistTable, OnDelete.CASCADE);
        Store store = Store.create(schema.build());
        artists = store.table(artistTable);
        albums = store.table(albumTable);
        albumArtist = store.relation(relation);
        artists.ensureCapacity(catalog.shape().targets());
        albums.ensureCapacity(catalog.shape().links());
        for (Discography discography : catalog.discographies()) {
            insert(discography);
        }
    }

    private void insert(Discography discography) {
        artists.insert(discography.artist());
        for (Album album : discography.albums()) {
            albums.insert(album);
        }
    }

    /** The relation, for footprint measurements. */
    ManyToOne<Album, Artist> albumArtist() {
        return albumArtist;
    }

    int sourceCount(long artistId) {
        return albumArtist.sourceCount(artistId);
    }

    boolean hasSource(long artistId, long albumId) {
        return albumArtist.hasSource(artistId, albumId);
    }

    long sumSourceIds(long artistId) {
        albumArtist.forEachSourceId(artistId, sum.reset());
        return sum.sum();
    }

    /** Deletes the artist (cascading to its albums), then inserts them again; returns the rows deleted. */
    long cascadeDeleteAndRestore(long artistId) {
        long deleted = artists.delete(artistId).total();
        insert(catalog.discography(artistId));
        return deleted;
    }
}
