package dev.tether.bench.relations;

import dev.tether.ManyToMany;
import dev.tether.ManyToManyDef;
import dev.tether.Schema;
import dev.tether.Store;
import dev.tether.Table;
import dev.tether.TableDef;

/**
 * The many-to-many world on Tether: tables {@code albums} and {@code tags} and the implicit
 * relation {@code album_tags}, loaded from a {@link TagCatalog}. Every operation is one call of the
 * public API (two for add-then-remove).
 */
final class TetherTags {
    private final ManyToMany<Album, Tag> albumTags;
    private final IdSum sum = new IdSum();

    TetherTags(TagCatalog catalog) {
        Schema.Builder schema = Schema.builder();
        TableDef<Album> albumTable = schema.table("albums", Album.class, Album::id);
        TableDef<Tag> tagTable = schema.table("tags", Tag.class, Tag::id);
        ManyToManyDef<Album, Tag> relation = schema.manyToMany("album_tags", albumTable, tagTable);
        Store store = Store.create(schema.build());
        Table<Album> albums = store.table(albumTable);
        albums.ensureCapacity(catalog.albums().length);
        for (Album album : catalog.albums()) {
            albums.insert(album);
        }
        Table<Tag> tags = store.table(tagTable);
        tags.ensureCapacity(catalog.tags().length);
        for (Tag tag : catalog.tags()) {
            tags.insert(tag);
        }
        albumTags = store.relation(relation);
        for (int i = 0; i < catalog.links(); i++) {
            albumTags.add(catalog.linkAlbum(i), catalog.linkTag(i));
        }
    }

    boolean contains(long albumId, long tagId) {
        return albumTags.contains(albumId, tagId);
    }

    int leftCount(long tagId) {
        return albumTags.leftCount(tagId);
    }

    long sumLeftIds(long tagId) {
        albumTags.forEachLeftId(tagId, sum.reset());
        return sum.sum();
    }

    /** Links an unlinked pair, then unlinks it; returns 2 when both took effect. */
    int addThenRemove(long albumId, long tagId) {
        int added = albumTags.add(albumId, tagId) ? 1 : 0;
        return added + (albumTags.remove(albumId, tagId) ? 1 : 0);
    }

    /** Sets an album's tags to {@code retags} (its tags and one more), then back to {@code tags}; returns its tag count. */
    int setThenRestore(long albumId, long[] retags, long[] tags) {
        albumTags.set(albumId, retags);
        albumTags.set(albumId, tags);
        return albumTags.rightCount(albumId);
    }
}
