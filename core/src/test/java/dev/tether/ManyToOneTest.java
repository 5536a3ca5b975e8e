package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Catalog;
import dev.tether.fixtures.Catalog.Album;
import dev.tether.fixtures.Catalog.Artist;
import dev.tether.fixtures.Catalog.Song;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.junit.jupiter.api.Test;

/** Issue 3, point 1: many-to-one relations (Django's ForeignKey). */
class ManyToOneTest {
    private final Catalog c = new Catalog();

    private void artistWithAlbums(long artistId, int albums) {
        c.artists.insert(new Artist(artistId, "artist" + artistId));
        for (int i = 0; i < albums; i++) {
            c.albums.insert(new Album(artistId * 1000 + i, artistId, "album" + i));
        }
    }

    @Test
    void forwardAndReverseAccess() {
        artistWithAlbums(1, 3);
        artistWithAlbums(2, 1);
        Album album = c.albums.get(1001);
        assertThat(c.albumArtist.target(album).name()).isEqualTo("artist1");
        assertThat(c.albumArtist.sourceCount(1)).isEqualTo(3);
        assertThat(c.albumArtist.sourceCount(2)).isEqualTo(1);
        assertThat(c.albumArtist.sourceCount(3)).isZero();
        assertThat(c.albumArtist.hasSource(1, 1001)).isTrue();
        assertThat(c.albumArtist.hasSource(2, 1001)).isFalse();
        LongArrayList ids = new LongArrayList();
        c.albumArtist.forEachSourceId(1, ids::add);
        assertThat(ids.toSortedArray()).containsExactly(1000, 1001, 1002);
        List<String> titles = new ArrayList<>();
        c.albumArtist.forEachSource(2, a -> titles.add(a.title()));
        assertThat(titles).containsExactly("album0");
    }

    @Test
    void theReservedIdIsNeverASource() {
        c.artists.insert(new Artist(1, "artist"));
        assertThat(c.albumArtist.hasSource(1, Ids.NONE)).as("an artist with no album").isFalse();
        assertThat(c.albumArtist.hasSource(Ids.NONE, Ids.NONE)).isFalse();
    }

    @Test
    void aTargetGrowsIntoASetAndShrinksBack() {
        artistWithAlbums(1, 1);
        for (int i = 1; i < 10_000; i++) {
            c.albums.insert(new Album(1000 + i, 1, "more"));
        }
        assertThat(c.albumArtist.sourceCount(1)).isEqualTo(10_000);
        long[] sum = {0};
        c.albumArtist.forEachSourceId(1, id -> sum[0] += id);
        assertThat(sum[0]).isEqualTo(10_000L * 1000 + 10_000L * 9_999 / 2);
        for (int i = 1; i < 10_000; i++) {
            c.albums.delete(1000 + i);
        }
        assertThat(c.albumArtist.sourceCount(1)).isEqualTo(1);
        assertThat(c.albumArtist.hasSource(1, 1000)).isTrue();
        c.store.checkInvariants();
    }

    @Test
    void referentialIntegrityOnInsertAndUpdate() {
        assertThatThrownBy(() -> c.albums.insert(new Album(10, 1, "orphan")))
                .isInstanceOf(MissingTargetException.class)
                .hasMessageContaining("relation=album_artist sourceId=10 targetTable=artists targetId=1");
        assertThatThrownBy(() -> c.albums.insert(new Album(10, Ids.NONE, "null")))
                .isInstanceOf(NullForeignKeyException.class);
        artistWithAlbums(1, 2);
        artistWithAlbums(2, 0);
        assertThatThrownBy(() -> c.albums.update(new Album(1000, 3, "moved nowhere")))
                .isInstanceOf(MissingTargetException.class);
        assertThat(c.albumArtist.sourceCount(1)).isEqualTo(2);
        c.albums.update(new Album(1000, 2, "moved"));
        assertThat(c.albumArtist.sourceCount(1)).isEqualTo(1);
        assertThat(c.albumArtist.hasSource(2, 1000)).isTrue();
    }

    @Test
    void cascadeDeletesEveryDependent() {
        artistWithAlbums(1, 10);
        DeleteResult r = c.artists.delete(1);
        assertThat(r.perTable()).isEqualTo(Map.of("artists", 1L, "albums", 10L));
        assertThat(c.albums.size()).isZero();
        assertThat(c.albumArtist.sourceCount(1)).isZero();
    }

    @Test
    void djangosRestrictExampleWithTwoSongs() {
        c.artists.insert(new Artist(1, "artist"));
        c.albums.insert(new Album(10, 1, "album"));
        c.songs.insert(new Song(100, 1, 10, "song one"));
        c.songs.insert(new Song(101, 1, 10, "song two"));
        assertThatThrownBy(() -> c.albums.delete(10))
                .isInstanceOfSatisfying(RestrictedException.class, e -> assertThat(e.blockingRows())
                        .containsExactlyInAnyOrder(new RowRef("song_album", "songs", 100),
                                new RowRef("song_album", "songs", 101)));
        DeleteResult r = c.artists.delete(1);
        // Django: (4, {"Song": 2, "Album": 1, "Artist": 1})
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.perTable()).isEqualTo(Map.of("artists", 1L, "albums", 1L, "songs", 2L));
    }

    @Test
    void protectListsEveryDependent() {
        Catalog p = new Catalog(OnDelete.PROTECT, OnDelete.CASCADE);
        p.artists.insert(new Artist(1, "artist"));
        p.albums.insert(new Album(10, 1, "album"));
        p.songs.insert(new Song(100, 1, 10, "one"));
        p.songs.insert(new Song(101, 1, 10, "two"));
        assertThatThrownBy(() -> p.artists.delete(1))
                .isInstanceOfSatisfying(ProtectedException.class, e -> assertThat(e.blockingRows()).hasSize(2));
        assertThat(p.songs.size()).isEqualTo(2);
        p.store.checkInvariants();
    }

    record Pet(long id, long ownerId) {
        Pet withOwnerId(long ownerId) {
            return new Pet(id, ownerId);
        }
    }

    record Owner(long id) {
    }

    @Test
    void setNullAndSetDefaultRewriteEveryDependent() {
        Schema.Builder b = Schema.builder();
        TableDef<Owner> owners = b.table("owners", Owner.class, Owner::id);
        TableDef<Pet> pets = b.table("pets", Pet.class, Pet::id);
        TableDef<Pet> strays = b.table("strays", Pet.class, Pet::id);
        ManyToOneDef<Pet, Owner> petOwner = b.manyToOne("pet_owner", pets,
                ForeignKey.nullable(Pet::ownerId).rewrittenBy(Pet::withOwnerId), owners, OnDelete.SET_NULL);
        ManyToOneDef<Pet, Owner> strayShelter = b.manyToOne("stray_shelter", strays,
                ForeignKey.required(Pet::ownerId).withDefault(0).rewrittenBy(Pet::withOwnerId), owners,
                OnDelete.SET_DEFAULT);
        Store store = Store.create(b.build());
        store.table(owners).insert(new Owner(0));
        store.table(owners).insert(new Owner(1));
        for (long i = 0; i < 5; i++) {
            store.table(pets).insert(new Pet(i, 1));
            store.table(strays).insert(new Pet(i, 1));
        }
        assertThat(store.table(owners).delete(1).perTable()).isEqualTo(Map.of("owners", 1L));
        assertThat(store.relation(petOwner).sourceCount(1)).isZero();
        store.table(pets).forEach(p -> assertThat(p.ownerId()).isEqualTo(Ids.NONE));
        assertThat(store.relation(strayShelter).sourceCount(0)).isEqualTo(5);
        store.checkInvariants();
    }

    @Test
    void writesDuringReverseIterationAreRefused() {
        artistWithAlbums(1, 2);
        assertThatThrownBy(() -> c.albumArtist.forEachSourceId(1, id -> c.albums.delete(id)))
                .isInstanceOf(StoreBusyException.class);
        assertThat(c.albums.size()).isEqualTo(2);
    }
}
