package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import dev.tether.fixtures.UserProfiles;
import org.junit.jupiter.api.Test;

/** Issue 4, point 3: {@code Table.ensureCapacity} presizes without changing what a reader sees. */
class EnsureCapacityTest {
    private final UserProfiles s = UserProfiles.cascade();

    private void pairs(long from, long to) {
        for (long id = from; id <= to; id++) {
            s.users.insert(new User(id, "u" + id));
            s.profiles.insert(new Profile(100 + id, id, "bio"));
        }
    }

    @Test
    void keepsRowsLinksAndIdSequenceAcrossTheResize() {
        pairs(1, 20);
        s.users.ensureCapacity(10_000);
        s.profiles.ensureCapacity(10_000);
        assertThat(s.users.size()).isEqualTo(20);
        assertThat(s.profiles.size()).isEqualTo(20);
        for (long id = 1; id <= 20; id++) {
            assertThat(s.users.get(id).username()).isEqualTo("u" + id);
            assertThat(s.profileUser.source(id).id()).isEqualTo(100 + id);
            assertThat(s.profileUser.sourceId(id)).isEqualTo(100 + id);
        }
        assertThat(s.users.insert(id -> new User(id, "next")).id()).isEqualTo(21);
        assertThatThrownBy(() -> s.profiles.insert(new Profile(500, 3, "second")))
                .isInstanceOf(UniqueViolationException.class);
        assertThat(s.users.delete(3).total()).isEqualTo(2);
        assertThat(s.profileUser.sourceOrNull(3)).isNull();
        s.store.checkInvariants();
    }

    @Test
    void outOfRangeIsRefusedByNameAndValue() {
        pairs(1, 3);
        assertThatThrownBy(() -> s.users.ensureCapacity(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity out of range: table=users rows=-1 min=0 max=536870912");
        assertThatThrownBy(() -> s.profiles.ensureCapacity(Table.MAX_CAPACITY + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity out of range: table=profiles rows=536870913 min=0 max=536870912");
        assertThat(s.users.size()).isEqualTo(3);
        assertThat(s.profileUser.source(2).id()).isEqualTo(102);
    }

    @Test
    void refusedInsideAnIteration() {
        pairs(1, 2);
        assertThatThrownBy(() -> s.users.forEachId(id -> s.users.ensureCapacity(1_000)))
                .isInstanceOf(StoreBusyException.class)
                .hasMessageContaining("operation=ensureCapacity table=users");
        assertThat(s.users.size()).isEqualTo(2);
    }

    @Test
    void rollbackAfterAResizeUndoesWritesInTheNewMaps() {
        pairs(1, 5);
        assertThatThrownBy(() -> s.store.transaction(store -> {
            s.users.insert(new User(6, "six"));
            s.users.ensureCapacity(5_000);
            s.profiles.ensureCapacity(5_000);
            s.profiles.insert(new Profile(106, 6, "bio"));
            s.users.delete(1);
            throw new IllegalStateException("abort");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(s.users.size()).isEqualTo(5);
        assertThat(s.users.contains(6)).isFalse();
        assertThat(s.users.get(1).username()).isEqualTo("u1");
        assertThat(s.profileUser.source(1).id()).isEqualTo(101);
        assertThat(s.profileUser.sourceOrNull(6)).isNull();
        assertThat(s.profiles.size()).isEqualTo(5);
        s.store.checkInvariants();
    }
}
