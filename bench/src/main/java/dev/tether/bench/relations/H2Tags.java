package dev.tether.bench.relations;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The many-to-many world on H2 in memory: a join table {@code album_tags} with the pair as its
 * primary key (so the pair is unique, and {@code album -> tags} is a primary-key range), foreign
 * keys to both sides with {@code ON DELETE CASCADE}, and an index on {@code tag_id} for
 * {@code tag -> albums}, loaded from a {@link TagCatalog} with batched prepared inserts; the index
 * and constraints come after the load. H2 gives the {@code album_id} constraint an index of its
 * own (it does not reuse the primary key's prefix), as Django's schema on most databases would.
 * Queries are prepared after the load; {@code EXPLAIN} shows membership on the primary key and the
 * tag queries on {@code album_tags_tag}.
 */
final class H2Tags implements AutoCloseable {
    private final H2Database database;
    private final PreparedStatement insertLink;
    private final PreparedStatement deleteLink;
    private final PreparedStatement hasLink;
    private final PreparedStatement countAlbums;
    private final PreparedStatement albumIds;

    H2Tags(TagCatalog catalog) throws SQLException {
        database = new H2Database(
                "CREATE TABLE albums(id BIGINT PRIMARY KEY, artist_id BIGINT NOT NULL, title VARCHAR(64) NOT NULL)",
                "CREATE TABLE tags(id BIGINT PRIMARY KEY, label VARCHAR(64) NOT NULL)",
                "CREATE TABLE album_tags(album_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY(album_id, tag_id))");
        insertLink = database.prepare("INSERT INTO album_tags(album_id, tag_id) VALUES (?, ?)");
        load(catalog);
        // Index and constraints after the bulk load, which is faster; the constraints check every row.
        database.execute("CREATE INDEX album_tags_tag ON album_tags(tag_id)",
                "ALTER TABLE album_tags ADD FOREIGN KEY(album_id) REFERENCES albums(id) ON DELETE CASCADE",
                "ALTER TABLE album_tags ADD FOREIGN KEY(tag_id) REFERENCES tags(id) ON DELETE CASCADE");
        deleteLink = database.prepare("DELETE FROM album_tags WHERE album_id = ? AND tag_id = ?");
        hasLink = database.prepare("SELECT COUNT(*) FROM album_tags WHERE album_id = ? AND tag_id = ?");
        countAlbums = database.prepare("SELECT COUNT(*) FROM album_tags WHERE tag_id = ?");
        albumIds = database.prepare("SELECT album_id FROM album_tags WHERE tag_id = ?");
    }

    private void load(TagCatalog catalog) throws SQLException {
        try (PreparedStatement insertAlbum = database.prepare("INSERT INTO albums(id, artist_id, title) VALUES (?, ?, ?)");
             PreparedStatement insertTag = database.prepare("INSERT INTO tags(id, label) VALUES (?, ?)")) {
            Album[] albums = catalog.albums();
            for (int i = 0; i < albums.length; i++) {
                insertAlbum.setLong(1, albums[i].id());
                insertAlbum.setLong(2, albums[i].artistId());
                insertAlbum.setString(3, albums[i].title());
                H2Database.addToBatch(insertAlbum, i);
            }
            insertAlbum.executeBatch();
            Tag[] tags = catalog.tags();
            for (int i = 0; i < tags.length; i++) {
                insertTag.setLong(1, tags[i].id());
                insertTag.setString(2, tags[i].label());
                H2Database.addToBatch(insertTag, i);
            }
            insertTag.executeBatch();
        }
        for (int i = 0; i < catalog.links(); i++) {
            bindPair(insertLink, catalog.linkAlbum(i), catalog.linkTag(i));
            H2Database.addToBatch(insertLink, i);
        }
        insertLink.executeBatch();
    }

    private static void bindPair(PreparedStatement statement, long albumId, long tagId) throws SQLException {
        statement.setLong(1, albumId);
        statement.setLong(2, tagId);
    }

    boolean contains(long albumId, long tagId) throws SQLException {
        bindPair(hasLink, albumId, tagId);
        return H2Database.firstLong(hasLink) == 1;
    }

    int leftCount(long tagId) throws SQLException {
        countAlbums.setLong(1, tagId);
        return (int) H2Database.firstLong(countAlbums);
    }

    long sumLeftIds(long tagId) throws SQLException {
        albumIds.setLong(1, tagId);
        return H2Database.sumLongs(albumIds);
    }

    /**
     * Inserts the link row of an unlinked pair, then deletes it; returns 2 when both took effect.
     * A plain {@code INSERT} (not {@code MERGE}): the pair is known to be absent, and the primary
     * key still checks it.
     */
    int addThenRemove(long albumId, long tagId) throws SQLException {
        bindPair(insertLink, albumId, tagId);
        int added = insertLink.executeUpdate();
        bindPair(deleteLink, albumId, tagId);
        return added + deleteLink.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
