package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Chain;
import dev.tether.fixtures.Music;
import dev.tether.fixtures.Music.Album;
import dev.tether.fixtures.Music.Artist;
import dev.tether.fixtures.Music.Song;
import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import dev.tether.fixtures.UserProfiles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 2, point 6: every on-delete rule, all-or-nothing, and what a delete returns. */
class OnDeleteTest {
    private static Map<String, Long> counts(Object... tableAndCount) {
        java.util.LinkedHashMap<String, Long> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tableAndCount.length; i += 2) {
            m.put((String) tableAndCount[i], ((Number) tableAndCount[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void cascadeFollowsAChainRecursively() {
        Chain c = new Chain(OnDelete.CASCADE);
        c.person(1);
        c.person(2);
        DeleteResult r = c.users.delete(1);
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.perTable()).containsExactlyEntriesOf(counts("users", 1, "profiles", 1, "avatars", 1));
        assertThat(c.users.contains(1) || c.profiles.contains(10) || c.avatars.contains(100)).isFalse();
        assertThat(c.users.size() + c.profiles.size() + c.avatars.size()).isEqualTo(3);
        c.store.checkInvariants();
    }

    @Test
    void cascadeAcrossSeveralRelationsAndTheCountsFollowSchemaOrder() {
        record Badge(long id, long userId) {
        }
        Schema.Builder b = Schema.builder();
        TableDef<User> users = b.table("users", User.class, User::id);
        TableDef<Badge> badges = b.table("badges", Badge.class, Badge::id);
        TableDef<Profile> profiles = b.table("profiles", Profile.class, Profile::id);
        b.oneToOne("profile_user", profiles, ForeignKey.required(Profile::userId), users, OnDelete.CASCADE);
        b.oneToOne("badge_user", badges, ForeignKey.required(Badge::userId), users, OnDelete.CASCADE);
        Store store = Store.create(b.build());
        store.table(users).insert(new User(1, "anna"));
        store.table(profiles).insert(new Profile(10, 1, ""));
        store.table(badges).insert(new Badge(5, 1));
        DeleteResult r = store.table(users).delete(1);
        assertThat(r.perTable()).containsExactlyEntriesOf(counts("users", 1, "badges", 1, "profiles", 1));
        assertThat(r.count("profiles")).isEqualTo(1);
        assertThat(r.count("nothing")).isZero();
        store.checkInvariants();
    }

    record Node(long id, long nextId) {
        Node withNextId(long next) {
            return new Node(id, next);
        }
    }

    /** Held in a field so that the invariant extension checks it after each test. */
    private Store nodeStore;

    /** A table of nodes whose nullable key points at another node, deleted by CASCADE. */
    private Table<Node> linkedNodes() {
        Schema.Builder b = Schema.builder();
        TableDef<Node> nodes = b.table("nodes", Node.class, Node::id);
        b.oneToOne("next", nodes, ForeignKey.nullable(Node::nextId), nodes, OnDelete.CASCADE);
        nodeStore = Store.create(b.build());
        return nodeStore.table(nodes);
    }

    @Test
    void cascadeCyclesTerminate() {
        Table<Node> t = linkedNodes();
        // A ring: 2 -> 1, 3 -> 2, ..., 40 -> 39, then 1 -> 40 closes it (a ring of required
        // one-to-one keys cannot be built one write at a time, so the key is nullable).
        t.insert(new Node(1, Ids.NONE));
        for (long id = 2; id <= 40; id++) {
            t.insert(new Node(id, id - 1));
        }
        t.update(new Node(1, 40));
        t.insert(new Node(99, 99));
        DeleteResult r = t.delete(17);
        assertThat(r.total()).as("every ring member is reached once").isEqualTo(40);
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.contains(99)).isTrue();
    }

    @Test
    void aDeleteOfABigCascadeSwitchesToHashSetsAndStaysExact() {
        Table<Node> t = linkedNodes();
        t.insert(new Node(0, Ids.NONE));
        for (long id = 1; id < 1000; id++) {
            t.insert(new Node(id, id - 1));
        }
        t.insert(new Node(5000, 5000));
        assertThat(t.delete(0).total()).isEqualTo(1000);
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void protectRefusesAndListsTheProtectedRows() {
        Chain c = new Chain(OnDelete.PROTECT);
        c.person(1);
        assertThatThrownBy(() -> c.users.delete(1))
                .isInstanceOfSatisfying(ProtectedException.class, e -> {
                    assertThat(e.table()).isEqualTo("users");
                    assertThat(e.id()).isEqualTo(1);
                    assertThat(e.blockingRows()).containsExactly(new RowRef("avatar_profile", "avatars", 100));
                })
                .hasMessageContaining("delete refused by PROTECT: table=users id=1");
        assertThat(c.users.size() + c.profiles.size() + c.avatars.size()).isEqualTo(3);
        assertThat(c.avatars.delete(100).total()).isEqualTo(1);
        assertThat(c.users.delete(1).total()).isEqualTo(2);
    }

    @Test
    void restrictFollowsDjangosArtistAlbumSongExample() {
        Music m = new Music(OnDelete.RESTRICT);
        m.artists.insert(new Artist(1, "artist"));
        m.albums.insert(new Album(10, 1, "album"));
        m.songs.insert(new Song(100, 1, 10, "song"));
        // Deleting the album directly is refused: the song restricts it.
        assertThatThrownBy(() -> m.albums.delete(10))
                .isInstanceOfSatisfying(RestrictedException.class, e ->
                        assertThat(e.blockingRows()).containsExactly(new RowRef("song_album", "songs", 100)));
        assertThat(m.albums.contains(10)).isTrue();
        // Deleting the artist succeeds: the song is reached by a CASCADE in the same delete.
        // (Django's two-song version, (4, {Song: 2, Album: 1, Artist: 1}), needs a many-to-one key.)
        DeleteResult r = m.artists.delete(1);
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.perTable()).containsExactlyEntriesOf(counts("artists", 1, "albums", 1, "songs", 1));
        m.store.checkInvariants();
    }

    @Test
    void protectDiffersFromRestrictInTheSameExample() {
        Music m = new Music(OnDelete.PROTECT);
        m.artists.insert(new Artist(1, "artist"));
        m.albums.insert(new Album(10, 1, "album"));
        m.songs.insert(new Song(100, 1, 10, "song"));
        assertThatThrownBy(() -> m.artists.delete(1)).isInstanceOf(ProtectedException.class);
        assertThat(m.artists.size() + m.albums.size() + m.songs.size()).isEqualTo(3);
    }

    @Test
    void setNullRewritesTheDependent() {
        UserProfiles s = UserProfiles.nullable(OnDelete.SET_NULL);
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "kept"));
        DeleteResult r = s.users.delete(1);
        assertThat(r.perTable()).containsExactlyEntriesOf(counts("users", 1));
        assertThat(s.profiles.get(10)).isEqualTo(new Profile(10, Ids.NONE, "kept"));
        s.users.insert(new User(1, "anna again"));
        assertThat(s.profileUser.sourceOrNull(1)).isNull();
        s.store.checkInvariants();
    }

    private static UserProfiles withDefaultUser(long defaultUser) {
        return new UserProfiles(OnDelete.SET_DEFAULT,
                ForeignKey.required(Profile::userId).withDefault(defaultUser).rewrittenBy(Profile::withUserId));
    }

    @Test
    void setDefaultRewritesToTheDeclaredDefault() {
        UserProfiles s = withDefaultUser(99);
        s.users.insert(new User(99, "ghost"));
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "p"));
        assertThat(s.users.delete(1).total()).isEqualTo(1);
        assertThat(s.profiles.get(10).userId()).isEqualTo(99);
        assertThat(s.profileUser.sourceId(99)).isEqualTo(10);
        s.store.checkInvariants();
    }

    @Test
    void setDefaultRefusesAMissingDefault() {
        UserProfiles s = withDefaultUser(99);
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "p"));
        assertThatThrownBy(() -> s.users.delete(1))
                .isInstanceOf(MissingTargetException.class)
                .hasMessageContaining("relation=profile_user sourceId=10 targetTable=users targetId=99");
        assertThat(s.users.contains(1)).isTrue();
        assertThat(s.profiles.get(10).userId()).isEqualTo(1);
    }

    @Test
    void setDefaultRefusesAClaimedDefault() {
        UserProfiles s = withDefaultUser(99);
        s.users.insert(new User(99, "ghost"));
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(9, 99, "ghost's"));
        s.profiles.insert(new Profile(10, 1, "p"));
        assertThatThrownBy(() -> s.users.delete(1))
                .isInstanceOf(UniqueViolationException.class)
                .hasMessageContaining("targetId=99 existingSourceId=9 rejectedSourceId=10");
        assertThat(s.users.contains(1)).isTrue();
        // Deleting the default's holder first frees it, and then the default may be taken.
        s.profiles.delete(9);
        s.users.delete(1);
        assertThat(s.profileUser.sourceId(99)).isEqualTo(10);
    }

    @Test
    void setDefaultRefusesADefaultDeletedByTheSameDelete() {
        UserProfiles s = withDefaultUser(1);
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "p"));
        assertThatThrownBy(() -> s.users.delete(1)).isInstanceOf(MissingTargetException.class);
        assertThat(s.users.contains(1)).isTrue();
    }

    @Test
    void aRewriterThatBreaksItsContractRefusesTheDelete() {
        UserProfiles s = new UserProfiles(OnDelete.SET_NULL,
                ForeignKey.nullable(Profile::userId).rewrittenBy((p, target) -> new Profile(p.id(), 7, p.bio())));
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "p"));
        assertThatThrownBy(() -> s.users.delete(1))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("relation=profile_user expectedKey=" + Ids.NONE + " actualKey=7");
        UserProfiles t = new UserProfiles(OnDelete.SET_NULL,
                ForeignKey.nullable(Profile::userId).rewrittenBy((p, target) -> new Profile(p.id() + 1, target, "")));
        t.users.insert(new User(1, "anna"));
        t.profiles.insert(new Profile(10, 1, "p"));
        assertThatThrownBy(() -> t.users.delete(1)).isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("expectedId=10 actualId=11");
        assertThat(s.profiles.get(10).userId()).isEqualTo(1);
        assertThat(t.users.contains(1)).isTrue();
    }

    @Test
    void aRewriterThatWritesToTheStoreIsRefused() {
        UserProfiles[] holder = new UserProfiles[1];
        holder[0] = new UserProfiles(OnDelete.SET_NULL, ForeignKey.nullable(Profile::userId).rewrittenBy((p, target) -> {
            holder[0].users.insert(new User(50, "sneaky"));
            return p.withUserId(target);
        }));
        UserProfiles s = holder[0];
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "p"));
        assertThatThrownBy(() -> s.users.delete(1)).isInstanceOf(StoreBusyException.class);
        assertThat(s.users.contains(50)).isFalse();
        assertThat(s.users.contains(1)).isTrue();
        s.store.checkInvariants();
    }

    @Test
    void aRefusedDeleteChangesNothingAnywhere() {
        Music m = new Music(OnDelete.RESTRICT);
        m.artists.insert(new Artist(1, "a"));
        m.artists.insert(new Artist(2, "b"));
        m.albums.insert(new Album(10, 1, "album of a"));
        m.albums.insert(new Album(20, 2, "album of b"));
        // Song of artist 2 on album 10: deleting artist 1 cascades to album 10, which the song restricts.
        m.songs.insert(new Song(100, 2, 10, "cross"));
        assertThatThrownBy(() -> m.artists.delete(1)).isInstanceOf(RestrictedException.class);
        assertThat(m.artists.size()).isEqualTo(2);
        assertThat(m.albums.size()).isEqualTo(2);
        assertThat(m.songs.size()).isEqualTo(1);
        assertThat(((OneToOne<?, ?>) m.store.relation("album_artist")).sourceId(1)).isEqualTo(10);
        m.store.checkInvariants();
    }
}
