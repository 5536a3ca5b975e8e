package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Catalog;
import dev.tether.fixtures.Catalog.Album;
import dev.tether.fixtures.Catalog.Artist;
import dev.tether.fixtures.Catalog.Song;
import dev.tether.fixtures.Catalog.Tag;
import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import dev.tether.fixtures.UserProfiles;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 4, point 1: transactions, rollback of everything, savepoints; and isolation from readers. */
class TransactionTest {
    private final UserProfiles s = UserProfiles.cascade();

    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void commitsAndReturnsTheBodysValue() {
        String name = s.store.transaction(store -> {
            User anna = s.users.insert(id -> new User(id, "anna"));
            s.profiles.insert(new Profile(10, anna.id(), "hi"));
            return s.profileUser.target(s.profiles.get(10)).username();
        });
        assertThat(name).isEqualTo("anna");
        assertThat(s.profileUser.sourceId(1)).isEqualTo(10);
    }

    @Test
    void aThrowingBodyUndoesRowsLinksAndIdSequences() {
        s.users.insert(new User(5, "kept"));
        s.profiles.insert(new Profile(50, 5, "kept"));
        assertThatThrownBy(() -> s.store.transaction(store -> {
            s.users.insert(id -> new User(id, "gone"));
            s.users.insert(id -> new User(id, "gone too"));
            s.profiles.insert(new Profile(10, 1, "gone"));
            s.profiles.update(new Profile(50, 2, "moved, then restored"));
            s.users.update(new User(5, "renamed, then restored"));
            s.users.delete(5);
            throw new Boom();
        })).isInstanceOf(Boom.class);
        assertThat(s.users.size()).isEqualTo(1);
        assertThat(s.users.get(5).username()).isEqualTo("kept");
        assertThat(s.profiles.get(50)).isEqualTo(new Profile(50, 5, "kept"));
        assertThat(s.profileUser.sourceId(5)).isEqualTo(50);
        assertThat(s.profileUser.sourceId(1)).isEqualTo(Ids.NONE);
        assertThat(s.profileUser.sourceId(2)).isEqualTo(Ids.NONE);
        assertThat(s.users.insert(id -> new User(id, "next")).id()).as("the sequence was restored").isEqualTo(1);
    }

    @Test
    void aRefusedWriteThatLeavesTheBodyRollsEverythingBack() {
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "first"));
        assertThatThrownBy(() -> s.store.transaction(store -> {
            s.users.insert(new User(2, "bob"));
            s.profiles.insert(new Profile(11, 1, "second profile of anna"));
            return null;
        })).isInstanceOf(UniqueViolationException.class);
        assertThat(s.users.contains(2)).isFalse();
    }

    @Test
    void aCaughtRefusalInsideTheBodyKeepsTheRest() {
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "first"));
        s.store.transaction(store -> {
            s.users.insert(new User(2, "bob"));
            assertThatThrownBy(() -> s.profiles.insert(new Profile(11, 1, "dup")))
                    .isInstanceOf(UniqueViolationException.class);
            return s.profiles.insert(new Profile(12, 2, "bob's"));
        });
        assertThat(s.profileUser.sourceId(2)).isEqualTo(12);
    }

    @Test
    void nestedTransactionsAreSavepoints() {
        s.store.transaction(outer -> {
            s.users.insert(new User(1, "outer"));
            assertThatThrownBy(() -> s.store.transaction(inner -> {
                s.users.insert(new User(2, "inner, undone"));
                throw new Boom();
            })).isInstanceOf(Boom.class);
            s.store.transaction(inner -> s.users.insert(new User(3, "inner, kept")));
            return null;
        });
        assertThat(s.users.contains(1)).isTrue();
        assertThat(s.users.contains(2)).isFalse();
        assertThat(s.users.contains(3)).isTrue();
        assertThatThrownBy(() -> s.store.transaction(outer -> {
            s.store.transaction(inner -> s.users.insert(new User(4, "committed inner, undone by outer")));
            throw new Boom();
        })).isInstanceOf(Boom.class);
        assertThat(s.users.contains(4)).isFalse();
    }

    @Test
    void cascadesAndManyToManyLinksAreRolledBack() {
        Catalog c = new Catalog();
        c.artists.insert(new Artist(1, "a"));
        c.albums.insert(new Album(10, 1, "album"));
        c.songs.insert(new Song(100, 1, 10, "s"));
        c.tags.insert(new Tag(1, "t"));
        c.tags.insert(new Tag(2, "u"));
        c.songTags.set(100, 1, 2);
        assertThatThrownBy(() -> c.store.transaction(store -> {
            c.songTags.set(100, 2);
            assertThat(c.artists.delete(1).total()).as("artist, album, song, one link").isEqualTo(4);
            throw new Boom();
        })).isInstanceOf(Boom.class);
        assertThat(c.songs.get(100).title()).isEqualTo("s");
        assertThat(c.albumArtist.sourceCount(1)).isEqualTo(1);
        assertThat(c.songTags.rightCount(100)).isEqualTo(2);
        assertThat(c.songTags.contains(100, 1)).isTrue();
        c.store.checkInvariants();
    }

    @Test
    void transactionsAreRefusedInsideIterationsAndCallbacks() {
        s.users.insert(new User(1, "anna"));
        assertThatThrownBy(() -> s.users.forEachId(id -> s.store.transaction(store -> null)))
                .isInstanceOf(StoreBusyException.class);
        assertThatThrownBy(() -> s.users.insert(id -> s.store.transaction(store -> new User(id, "x"))))
                .isInstanceOf(StoreBusyException.class);
        s.store.transaction(store -> {
            s.users.forEach(u -> assertThatThrownBy(() -> s.users.delete(u.id())).isInstanceOf(StoreBusyException.class));
            return null;
        });
        assertThat(s.users.size()).isEqualTo(1);
    }

    @Test
    void anotherThreadNeverSeesARolledBackWrite() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CompletableFuture<User> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                inserted.await();
                seen.complete(s.users.getOrNull(1));
            } catch (InterruptedException e) {
                seen.completeExceptionally(e);
            }
        });
        reader.start();
        assertThatThrownBy(() -> s.store.transaction(store -> {
            s.users.insert(new User(1, "uncommitted"));
            inserted.countDown();
            Thread.yield();
            throw new Boom();
        })).isInstanceOf(Boom.class);
        assertThat(seen.get(10, TimeUnit.SECONDS)).as("the reader waited for the transaction's end").isNull();
        reader.join();
    }

    @Test
    void anotherThreadSeesACommittedTransactionWhole() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                started.await();
                Profile p = s.profileUser.sourceOrNull(1);
                User u = s.users.getOrNull(1);
                seen.complete((u == null ? "no user" : "user") + "/" + (p == null ? "no profile" : "profile"));
            } catch (InterruptedException e) {
                seen.completeExceptionally(e);
            }
        });
        reader.start();
        s.store.transaction(store -> {
            s.users.insert(new User(1, "anna"));
            started.countDown();
            Thread.yield();
            return s.profiles.insert(new Profile(10, 1, "p"));
        });
        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo("user/profile");
        reader.join();
    }
}
