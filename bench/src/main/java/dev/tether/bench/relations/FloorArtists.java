package dev.tether.bench.relations;

import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * The many-to-one world hand-written on raw Eclipse Collections maps: rows in
 * {@code LongObjectHashMap}s and the reverse index as the obvious
 * {@code LongObjectHashMap<LongHashSet>} (see {@link FloorLinks}). It makes the probes Tether makes
 * and nothing more: no locking, no journal, no integrity checks beyond what the operation needs.
 */
final class FloorArtists {
    private final ArtistCatalog catalog;
    private final LongObjectHashMap<Artist> artists;
    private final LongObjectHashMap<Album> albums;
    private final LongObjectHashMap<LongHashSet> albumsOfArtist;
    private final IdSum sum = new IdSum();

    FloorArtists(ArtistCatalog catalog) {
        this.catalog = catalog;
        artists = new LongObjectHashMap<>(catalog.shape().targets());
        albums = new LongObjectHashMap<>(catalog.shape().links());
        albumsOfArtist = new LongObjectHashMap<>(catalog.shape().targets());
        for (Discography discography : catalog.discographies()) {
            insert(discography);
        }
    }

    private void insert(Discography discography) {
        artists.put(discography.artist().id(), discography.artist());
        for (Album album : discography.albums()) {
            albums.put(album.id(), album);
            FloorLinks.link(albumsOfArtist, album.artistId(), album.id());
        }
    }

    int sourceCount(long artistId) {
        LongHashSet ids = albumsOfArtist.get(artistId);
        return ids == null ? 0 : ids.size();
    }

    boolean hasSource(long artistId, long albumId) {
        LongHashSet ids = albumsOfArtist.get(artistId);
        return ids != null && ids.contains(albumId);
    }

    long sumSourceIds(long artistId) {
        return sum.sumOf(albumsOfArtist.get(artistId));
    }

    /** Deletes the artist and its albums, then inserts them again; returns the rows deleted. */
    long cascadeDeleteAndRestore(long artistId) {
        long deleted = 0;
        if (artists.remove(artistId) != null) {
            deleted++;
            LongHashSet ids = albumsOfArtist.remove(artistId);
            if (ids != null) {
                ids.forEach(albumId -> albums.remove(albumId));
                deleted += ids.size();
            }
        }
        insert(catalog.discography(artistId));
        return deleted;
    }
}
