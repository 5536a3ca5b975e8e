package dev.tether.bench.relations;

import java.util.Arrays;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * The many-to-many world hand-written on raw Eclipse Collections maps: rows in
 * {@code LongObjectHashMap}s and the links in both directions as two
 * {@code LongObjectHashMap<LongHashSet>} ({@link FloorLinks}). Adding a link checks that both rows
 * exist, the probes Tether makes; nothing else (no locking, no journal).
 */
final class FloorTags {
    private final LongObjectHashMap<Album> albums;
    private final LongObjectHashMap<Tag> tags;
    private final LongObjectHashMap<LongHashSet> tagsOfAlbum;
    private final LongObjectHashMap<LongHashSet> albumsOfTag;
    private final IdSum sum = new IdSum();

    FloorTags(TagCatalog catalog) {
        albums = new LongObjectHashMap<>(catalog.albums().length);
        for (Album album : catalog.albums()) {
            albums.put(album.id(), album);
        }
        tags = new LongObjectHashMap<>(catalog.tags().length);
        for (Tag tag : catalog.tags()) {
            tags.put(tag.id(), tag);
        }
        tagsOfAlbum = new LongObjectHashMap<>(catalog.albums().length);
        albumsOfTag = new LongObjectHashMap<>(catalog.tags().length);
        for (int i = 0; i < catalog.links(); i++) {
            add(catalog.linkAlbum(i), catalog.linkTag(i));
        }
    }

    private boolean add(long albumId, long tagId) {
        if (!albums.containsKey(albumId) || !tags.containsKey(tagId)) {
            throw new IllegalArgumentException("no such row: albumId=" + albumId + " tagId=" + tagId);
        }
        if (!FloorLinks.link(tagsOfAlbum, albumId, tagId)) {
            return false;
        }
        FloorLinks.link(albumsOfTag, tagId, albumId);
        return true;
    }

    private boolean remove(long albumId, long tagId) {
        if (!FloorLinks.unlink(tagsOfAlbum, albumId, tagId)) {
            return false;
        }
        FloorLinks.unlink(albumsOfTag, tagId, albumId);
        return true;
    }

    boolean contains(long albumId, long tagId) {
        LongHashSet ids = tagsOfAlbum.get(albumId);
        return ids != null && ids.contains(tagId);
    }

    int leftCount(long tagId) {
        LongHashSet ids = albumsOfTag.get(tagId);
        return ids == null ? 0 : ids.size();
    }

    long sumLeftIds(long tagId) {
        return sum.sumOf(albumsOfTag.get(tagId));
    }

    /** Sets an album's tags to {@code retags} (its tags and one more), then back to {@code tags}; returns its tag count. */
    int setThenRestore(long albumId, long[] retags, long[] tags) {
        set(albumId, retags);
        set(albumId, tags);
        LongHashSet ids = tagsOfAlbum.get(albumId);
        return ids == null ? 0 : ids.size();
    }

    /**
     * Tether's {@code set} on the floor's maps, with the same algorithm: every id checked first,
     * the wanted ids sorted, then the links not wanted removed and the missing added.
     */
    private void set(long albumId, long[] tagIds) {
        if (!albums.containsKey(albumId)) {
            throw new IllegalArgumentException("no such album: albumId=" + albumId);
        }
        for (long tagId : tagIds) {
            if (!tags.containsKey(tagId)) {
                throw new IllegalArgumentException("no such tag: albumId=" + albumId + " tagId=" + tagId);
            }
        }
        long[] wanted = tagIds.clone();
        Arrays.sort(wanted);
        LongHashSet current = tagsOfAlbum.get(albumId);
        if (current != null) {
            for (long tagId : current.toArray()) {
                if (Arrays.binarySearch(wanted, tagId) < 0) {
                    remove(albumId, tagId);
                }
            }
        }
        for (long tagId : wanted) {
            if (FloorLinks.link(tagsOfAlbum, albumId, tagId)) {
                FloorLinks.link(albumsOfTag, tagId, albumId);
            }
        }
    }

    /** Links an unlinked pair, then unlinks it; returns 2 when both took effect. */
    int addThenRemove(long albumId, long tagId) {
        int added = add(albumId, tagId) ? 1 : 0;
        return added + (remove(albumId, tagId) ? 1 : 0);
    }
}
