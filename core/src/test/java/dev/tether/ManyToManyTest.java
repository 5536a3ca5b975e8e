package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Catalog;
import dev.tether.fixtures.Catalog.Album;
import dev.tether.fixtures.Catalog.Artist;
import dev.tether.fixtures.Catalog.Entry;
import dev.tether.fixtures.Catalog.Playlist;
import dev.tether.fixtures.Catalog.Song;
import dev.tether.fixtures.Catalog.Tag;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 3, points 2 and 3: many-to-many relations, implicit and through a table, in mixed deletes. */
class ManyToManyTest {
    private final Catalog c = new Catalog();

    @BeforeEach
    void songsAndTags() {
        c.artists.insert(new Artist(1, "artist"));
        c.albums.insert(new Album(10, 1, "album"));
        for (long s = 100; s < 105; s++) {
            c.songs.insert(new Song(s, 1, 10, "song" + s));
        }
        for (long t = 1; t <= 5; t++) {
            c.tags.insert(new Tag(t, "tag" + t));
        }
        c.playlists.insert(new Playlist(7, "mix"));
    }

    private long[] tagsOf(long song) {
        LongArrayList ids = new LongArrayList();
        c.songTags.forEachRightId(song, ids::add);
        return ids.toSortedArray();
    }

    @Test
    void addIsIdempotentAndBothDirectionsAgree() {
        assertThat(c.songTags.add(100, 1)).isTrue();
        assertThat(c.songTags.add(100, 2)).isTrue();
        assertThat(c.songTags.add(100, 1)).as("adding an existing pair is a no-op").isFalse();
        assertThat(c.songTags.add(101, 1)).isTrue();
        assertThat(c.songTags.contains(100, 1)).isTrue();
        assertThat(c.songTags.contains(100, 3)).isFalse();
        assertThat(c.songTags.rightCount(100)).isEqualTo(2);
        assertThat(c.songTags.leftCount(1)).isEqualTo(2);
        assertThat(tagsOf(100)).containsExactly(1, 2);
        LongArrayList songs = new LongArrayList();
        c.songTags.forEachLeftId(1, songs::add);
        assertThat(songs.toSortedArray()).containsExactly(100, 101);
    }

    @Test
    void theReservedIdIsNeverLinked() {
        assertThat(c.songTags.contains(100, Ids.NONE)).as("a song with no tag").isFalse();
        assertThat(c.songTags.remove(100, Ids.NONE)).as("nothing to remove").isFalse();
        c.songTags.add(101, 1);
        assertThat(c.songTags.contains(101, Ids.NONE)).isFalse();
        assertThat(c.songTags.remove(101, Ids.NONE)).isFalse();
        assertThat(c.songTags.rightCount(101)).isEqualTo(1);
        c.store.checkInvariants();
    }

    @Test
    void addChecksBothRows() {
        assertThatThrownBy(() -> c.songTags.add(999, 1))
                .isInstanceOf(NoSuchRowException.class).hasMessage("row does not exist: table=songs id=999");
        assertThatThrownBy(() -> c.songTags.add(100, 9))
                .isInstanceOf(MissingTargetException.class)
                .hasMessage("foreign key names a missing row: relation=song_tags sourceId=100 targetTable=tags targetId=9");
        assertThat(c.songTags.rightCount(100)).isZero();
    }

    @Test
    void removeAndClear() {
        c.songTags.set(100, 1, 2, 3);
        assertThat(c.songTags.remove(100, 2)).isTrue();
        assertThat(c.songTags.remove(100, 2)).isFalse();
        assertThat(tagsOf(100)).containsExactly(1, 3);
        assertThat(c.songTags.clear(100)).isEqualTo(2);
        assertThat(c.songTags.rightCount(100)).isZero();
        assertThat(c.songTags.leftCount(1)).isZero();
    }

    @Test
    void setAppliesTheDifferenceAndChecksEverythingFirst() {
        c.songTags.set(100, 1, 2, 3);
        c.songTags.set(100, 2, 3, 4, 4);
        assertThat(tagsOf(100)).containsExactly(2, 3, 4);
        assertThatThrownBy(() -> c.songTags.set(100, 1, 99))
                .isInstanceOf(MissingTargetException.class).hasMessageContaining("targetId=99");
        assertThat(tagsOf(100)).as("a refused set changes nothing").containsExactly(2, 3, 4);
        assertThatThrownBy(() -> c.songTags.set(999, 1)).isInstanceOf(NoSuchRowException.class);
        c.songTags.set(100);
        assertThat(c.songTags.rightCount(100)).isZero();
    }

    @Test
    void deletingEitherSideRemovesLinksAndCountsThem() {
        c.songTags.set(100, 1, 2);
        c.songTags.set(101, 1);
        DeleteResult bySong = c.songs.delete(100);
        assertThat(bySong.perTable()).isEqualTo(Map.of("songs", 1L, "song_tags", 2L));
        assertThat(bySong.total()).isEqualTo(3);
        assertThat(c.songTags.leftCount(1)).isEqualTo(1);
        DeleteResult byTag = c.tags.delete(1);
        assertThat(byTag.perTable()).isEqualTo(Map.of("tags", 1L, "song_tags", 1L));
        assertThat(c.songTags.rightCount(101)).isZero();
    }

    @Test
    void throughRowsAreTheLinks() {
        c.entries.insert(new Entry(1, 7, 100, 1));
        c.entries.insert(new Entry(2, 7, 101, 2));
        assertThat(c.playlistSongs.contains(7, 100)).isTrue();
        assertThat(c.playlistSongs.rightCount(7)).isEqualTo(2);
        assertThat(c.playlistSongs.leftCount(101)).isEqualTo(1);
        assertThatThrownBy(() -> c.entries.insert(new Entry(3, 7, 100, 3)))
                .isInstanceOfSatisfying(DuplicateLinkException.class, e -> {
                    assertThat(e.relation()).isEqualTo("playlist_songs");
                    assertThat(e.leftId()).isEqualTo(7);
                    assertThat(e.rightId()).isEqualTo(100);
                })
                .hasMessageContaining("existingThroughId=1 rejectedThroughId=3");
        c.entries.update(new Entry(2, 7, 102, 2));
        assertThat(c.playlistSongs.contains(7, 101)).isFalse();
        assertThat(c.playlistSongs.contains(7, 102)).isTrue();
        assertThatThrownBy(() -> c.entries.update(new Entry(2, 7, 100, 2))).isInstanceOf(DuplicateLinkException.class);
        c.entries.update(new Entry(2, 7, 102, 9));
        assertThat(c.entries.get(2).position()).isEqualTo(9);
        assertThatThrownBy(() -> c.playlistSongs.add(7, 103))
                .isInstanceOf(UnsupportedWriteException.class)
                .hasMessageContaining("relation=playlist_songs operation=add throughTable=entries");
        assertThatThrownBy(() -> c.playlistSongs.clear(7)).isInstanceOf(UnsupportedWriteException.class);
    }

    @Test
    void deletingASideCascadesToThroughRows() {
        c.entries.insert(new Entry(1, 7, 100, 1));
        c.entries.insert(new Entry(2, 7, 101, 2));
        DeleteResult r = c.songs.delete(100);
        assertThat(r.perTable()).isEqualTo(Map.of("songs", 1L, "entries", 1L));
        assertThat(c.playlistSongs.rightCount(7)).isEqualTo(1);
        DeleteResult all = c.playlists.delete(7);
        assertThat(all.perTable()).isEqualTo(Map.of("playlists", 1L, "entries", 1L));
        assertThat(c.playlistSongs.leftCount(101)).isZero();
    }

    @Test
    void oneMixedDeleteCountsEveryTableAndLinkSet() {
        c.songTags.set(100, 1, 2);
        c.songTags.set(104, 3);
        c.entries.insert(new Entry(1, 7, 100, 1));
        c.entries.insert(new Entry(2, 7, 104, 2));
        // Artist -> albums (CASCADE) -> songs (RESTRICT, satisfied: songs cascade from the artist)
        // -> entries (CASCADE) and song_tags links.
        DeleteResult r = c.artists.delete(1);
        assertThat(r.perTable()).isEqualTo(
                Map.of("artists", 1L, "albums", 1L, "songs", 5L, "entries", 2L, "song_tags", 3L));
        assertThat(r.total()).isEqualTo(12);
        assertThat(c.tags.size()).isEqualTo(5);
        assertThat(c.playlists.size()).isEqualTo(1);
        assertThat(c.playlistSongs.rightCount(7)).isZero();
    }

    @Test
    void aRestrictAcrossAThroughTableRefusesTheWholeMixedDelete() {
        Catalog r = new Catalog(OnDelete.CASCADE, OnDelete.RESTRICT);
        r.artists.insert(new Artist(1, "a"));
        r.albums.insert(new Album(10, 1, "album"));
        r.songs.insert(new Song(100, 1, 10, "s"));
        r.tags.insert(new Tag(1, "t"));
        r.songTags.add(100, 1);
        r.playlists.insert(new Playlist(7, "mix"));
        r.entries.insert(new Entry(1, 7, 100, 1));
        assertThatThrownBy(() -> r.artists.delete(1))
                .isInstanceOfSatisfying(RestrictedException.class, e ->
                        assertThat(e.blockingRows()).containsExactly(new RowRef("entry_song", "entries", 1)));
        assertThat(r.songs.size() + r.albums.size() + r.artists.size()).isEqualTo(3);
        assertThat(r.songTags.contains(100, 1)).isTrue();
        // Deleting the playlist first removes the entry; then the artist goes, with its links.
        r.playlists.delete(7);
        assertThat(r.artists.delete(1).perTable()).containsEntry("song_tags", 1L);
        r.store.checkInvariants();
    }

    @Test
    void schemaMistakesOfManyToMany() {
        Schema.Builder b = Schema.builder();
        TableDef<Song> songs = b.table("songs", Song.class, Song::id);
        TableDef<Tag> tags = b.table("tags", Tag.class, Tag::id);
        TableDef<Entry> entries = b.table("entries", Entry.class, Entry::id);
        b.manyToMany("song_tags", songs, tags);
        assertThatThrownBy(() -> b.table("song_tags", Tag.class, Tag::id))
                .isInstanceOf(SchemaException.class).hasMessageContaining("table=song_tags");
        assertThatThrownBy(() -> b.manyToMany("entries", songs, tags))
                .isInstanceOf(SchemaException.class).hasMessageContaining("relation=entries");
        ManyToOneDef<Entry, Song> toSong = b.manyToOne("entry_song", entries,
                ForeignKey.required(Entry::songId), songs, OnDelete.CASCADE);
        ManyToOneDef<Entry, Song> toSongAgain = b.manyToOne("entry_song_again", entries,
                ForeignKey.nullable(Entry::songId).rewrittenBy((e, s) -> e), songs, OnDelete.SET_NULL);
        assertThatThrownBy(() -> b.manyToManyThrough("same", toSong, toSong))
                .isInstanceOf(SchemaException.class).hasMessageContaining("two relations of one through table");
        assertThatThrownBy(() -> b.manyToManyThrough("rewritten", toSong, toSongAgain))
                .isInstanceOf(SchemaException.class).hasMessageContaining("key=entry_song_again onDelete=SET_NULL");
    }
}
