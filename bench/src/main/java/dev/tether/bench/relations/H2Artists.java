package dev.tether.bench.relations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The many-to-one world on H2 in memory: {@code albums.artist_id} is a foreign key to
 * {@code artists} with {@code ON DELETE CASCADE} over the index {@code albums_artist} (H2 reuses
 * it for the constraint), loaded from an {@link ArtistCatalog} with batched prepared inserts.
 * Every operation is one or two prepared statements, as a JDBC user would write them, prepared
 * after the load so H2 plans them on the loaded tables (checked with {@code EXPLAIN}: the reverse
 * queries use {@code albums_artist}, membership the primary key).
 */
final class H2Artists implements AutoCloseable {
    private final ArtistCatalog catalog;
    private final H2Database database;
    private final PreparedStatement insertArtist;
    private final PreparedStatement insertAlbum;
    private final PreparedStatement countAlbums;
    private final PreparedStatement artistOfAlbum;
    private final PreparedStatement albumIds;
    private final PreparedStatement deleteArtist;

    H2Artists(ArtistCatalog catalog) throws SQLException {
        this.catalog = catalog;
        database = new H2Database(
                "CREATE TABLE artists(id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL)",
                "CREATE TABLE albums(id BIGINT PRIMARY KEY, artist_id BIGINT NOT NULL, title VARCHAR(64) NOT NULL)");
        insertArtist = database.prepare("INSERT INTO artists(id, name) VALUES (?, ?)");
        insertAlbum = database.prepare("INSERT INTO albums(id, artist_id, title) VALUES (?, ?, ?)");
        load();
        // Index and constraint after the bulk load, which is faster; the constraint checks every row.
        database.execute("CREATE INDEX albums_artist ON albums(artist_id)",
                "ALTER TABLE albums ADD FOREIGN KEY(artist_id) REFERENCES artists(id) ON DELETE CASCADE");
        countAlbums = database.prepare("SELECT COUNT(*) FROM albums WHERE artist_id = ?");
        // "WHERE id = ? AND artist_id = ?" makes H2 scan albums_artist instead of probing the primary key.
        artistOfAlbum = database.prepare("SELECT artist_id FROM albums WHERE id = ?");
        albumIds = database.prepare("SELECT id FROM albums WHERE artist_id = ?");
        deleteArtist = database.prepare("DELETE FROM artists WHERE id = ?");
    }

    private void load() throws SQLException {
        Discography[] discographies = catalog.discographies();
        for (int i = 0; i < discographies.length; i++) {
            bindArtist(discographies[i].artist());
            H2Database.addToBatch(insertArtist, i);
        }
        insertArtist.executeBatch();
        int rows = 0;
        for (Discography discography : discographies) {
            for (Album album : discography.albums()) {
                bindAlbum(album);
                H2Database.addToBatch(insertAlbum, rows++);
            }
        }
        insertAlbum.executeBatch();
    }

    private void bindArtist(Artist artist) throws SQLException {
        insertArtist.setLong(1, artist.id());
        insertArtist.setString(2, artist.name());
    }

    private void bindAlbum(Album album) throws SQLException {
        insertAlbum.setLong(1, album.id());
        insertAlbum.setLong(2, album.artistId());
        insertAlbum.setString(3, album.title());
    }

    int sourceCount(long artistId) throws SQLException {
        countAlbums.setLong(1, artistId);
        return (int) H2Database.firstLong(countAlbums);
    }

    boolean hasSource(long artistId, long albumId) throws SQLException {
        artistOfAlbum.setLong(1, albumId);
        try (ResultSet row = artistOfAlbum.executeQuery()) {
            return row.next() && row.getLong(1) == artistId;
        }
    }

    long sumSourceIds(long artistId) throws SQLException {
        albumIds.setLong(1, artistId);
        return H2Database.sumLongs(albumIds);
    }

    /**
     * Deletes the artist (H2 cascades to its albums), then inserts them again (one artist insert
     * and one batch of albums); returns the artist rows deleted (H2 does not report cascaded rows).
     */
    long cascadeDeleteAndRestore(long artistId) throws SQLException {
        deleteArtist.setLong(1, artistId);
        long deleted = deleteArtist.executeUpdate();
        Discography discography = catalog.discography(artistId);
        bindArtist(discography.artist());
        insertArtist.executeUpdate();
        for (Album album : discography.albums()) {
            bindAlbum(album);
            insertAlbum.addBatch();
        }
        insertAlbum.executeBatch();
        return deleted;
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
