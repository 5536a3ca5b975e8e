package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import dev.tether.fixtures.UserProfiles;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.junit.jupiter.api.Test;

/** Issue 2, point 2 (rows) and point 8 (bad input changes nothing). */
class TableTest {
    private final UserProfiles s = UserProfiles.cascade();
    private final Table<User> users = s.users;

    @Test
    void insertWithCallerSuppliedIdsAcrossTheLongRange() {
        for (long id : new long[] {0, -1, Long.MAX_VALUE, Long.MIN_VALUE + 1, 123_456_789_012L}) {
            users.insert(new User(id, "u" + id));
        }
        assertThat(users.size()).isEqualTo(5);
        assertThat(users.get(Long.MAX_VALUE).username()).isEqualTo("u" + Long.MAX_VALUE);
        assertThat(users.contains(-1)).isTrue();
        assertThat(users.contains(1)).isFalse();
    }

    @Test
    void tableAssignsTheNextIdAndSkipsTakenOnes() {
        users.insert(new User(2, "explicit"));
        User first = users.insert(id -> new User(id, "anna"));
        User second = users.insert(id -> new User(id, "bob"));
        assertThat(first.id()).isEqualTo(1);
        assertThat(second.id()).isEqualTo(3);
        assertThat(users.get(3)).isEqualTo(second);
    }

    @Test
    void failedInsertConsumesNoId() {
        assertThatThrownBy(() -> users.insert(id -> new User(id + 1, "wrong id")))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row factory returned a row with another id: table=users expectedId=1 actualId=2");
        assertThatThrownBy(() -> users.insert(id -> null)).isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row is null: table=users");
        assertThat(users.size()).isZero();
        assertThat(users.insert(id -> new User(id, "anna")).id()).isEqualTo(1);
    }

    @Test
    void getMissingIdNamesTableAndId() {
        assertThatThrownBy(() -> users.get(99))
                .isInstanceOf(NoSuchRowException.class)
                .hasMessage("row does not exist: table=users id=99")
                .satisfies(e -> {
                    NoSuchRowException n = (NoSuchRowException) e;
                    assertThat(n.table()).isEqualTo("users");
                    assertThat(n.id()).isEqualTo(99);
                });
        assertThat(users.getOrNull(99)).isNull();
        assertThat(users.find(99)).isEmpty();
        users.insert(new User(99, "x"));
        assertThat(users.find(99)).contains(new User(99, "x"));
    }

    @Test
    void iterateIdsAndRows() {
        for (long id = 1; id <= 5; id++) {
            users.insert(new User(id * 1000, "u" + id));
        }
        LongHashSet ids = new LongHashSet();
        users.forEachId(ids::add);
        assertThat(ids.toSortedArray()).containsExactly(1000, 2000, 3000, 4000, 5000);
        List<String> names = new ArrayList<>();
        users.forEach(u -> names.add(u.username()));
        assertThat(names).containsExactlyInAnyOrder("u1", "u2", "u3", "u4", "u5");
    }

    @Test
    void updateReplacesTheRowWithTheSameId() {
        users.insert(new User(1, "anna"));
        User previous = users.update(new User(1, "anna karenina"));
        assertThat(previous.username()).isEqualTo("anna");
        assertThat(users.get(1).username()).isEqualTo("anna karenina");
        assertThat(users.size()).isEqualTo(1);
        assertThatThrownBy(() -> users.update(new User(2, "nobody")))
                .isInstanceOf(NoSuchRowException.class).hasMessageContaining("table=users id=2");
    }

    @Test
    void deleteRemovesAndReports() {
        users.insert(new User(1, "anna"));
        DeleteResult result = users.delete(1);
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.perTable()).containsExactly(java.util.Map.entry("users", 1L));
        assertThat(users.contains(1)).isFalse();
        assertThatThrownBy(() -> users.delete(1)).isInstanceOf(NoSuchRowException.class);
    }

    @Test
    void aLoneRowsDeleteReturnsTheTablesSharedImmutableResult() {
        users.insert(new User(1, "anna"));
        users.insert(new User(2, "ben"));
        DeleteResult first = users.delete(1);
        DeleteResult second = users.delete(2);
        assertThat(second).as("no result allocated per delete").isSameAs(first);
        assertThat(second).isEqualTo(new DeleteResult(1, java.util.Map.of("users", 1L)));
        assertThatThrownBy(() -> second.perTable().put("users", 2L)).isInstanceOf(UnsupportedOperationException.class);
        users.insert(new User(3, "cleo"));
        s.profiles.insert(new Profile(30, 3, "bio"));
        DeleteResult cascade = users.delete(3);
        assertThat(cascade).isNotSameAs(first);
        assertThat(cascade.perTable()).containsExactly(java.util.Map.entry("users", 1L), java.util.Map.entry("profiles", 1L));
        assertThat(users.delete(users.insert(new User(4, "dan")).id())).isSameAs(first);
    }

    @Test
    void duplicateIdIsRejected() {
        users.insert(new User(1, "anna"));
        assertThatThrownBy(() -> users.insert(new User(1, "impostor")))
                .isInstanceOf(DuplicateIdException.class).hasMessage("duplicate id: table=users id=1");
        assertThat(users.get(1).username()).isEqualTo("anna");
    }

    @Test
    void nullRowsAreRejected() {
        assertThatThrownBy(() -> users.insert((User) null))
                .isInstanceOf(InvalidRowException.class).hasMessage("row is null: table=users");
        assertThatThrownBy(() -> users.update(null)).isInstanceOf(InvalidRowException.class);
        assertThatThrownBy(() -> users.insert((java.util.function.LongFunction<User>) null))
                .isInstanceOf(InvalidRowException.class).hasMessageContaining("row factory is null");
        assertThat(users.size()).isZero();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void rowsOfTheWrongTypeAreRejected() {
        Table raw = users;
        assertThatThrownBy(() -> raw.insert(new Profile(1, 1, "not a user")))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("row has the wrong type: table=users expected=" + User.class.getName()
                        + " actual=" + Profile.class.getName());
        assertThatThrownBy(() -> raw.update("a string")).isInstanceOf(InvalidRowException.class);
        assertThat(users.size()).isZero();
    }

    @Test
    void reservedIdIsRejected() {
        assertThatThrownBy(() -> users.insert(new User(Ids.NONE, "nobody")))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("reserved value Ids.NONE: table=users id=" + Long.MIN_VALUE);
        assertThat(users.size()).isZero();
    }

    @Test
    void unknownTablesAndRelationsAreNamed() {
        assertThatThrownBy(() -> s.store.table("accounts", User.class))
                .isInstanceOf(UnknownNameException.class)
                .hasMessage("unknown table: table=accounts known=[users, profiles]");
        assertThatThrownBy(() -> s.store.relation("account_user"))
                .isInstanceOf(UnknownNameException.class).hasMessageContaining("relation=account_user");
        TableDef<User> elsewhere = Schema.builder().table("users", User.class, User::id);
        assertThatThrownBy(() -> s.store.table(elsewhere)).isInstanceOf(UnknownNameException.class);
        assertThatThrownBy(() -> s.store.table("users", Profile.class))
                .isInstanceOf(InvalidRowException.class)
                .hasMessageContaining("table=users rowType=" + User.class.getName());
        assertThat(s.store.table("users", User.class)).isSameAs(users);
        assertThat(s.store.relation("profile_user")).isSameAs(s.profileUser);
    }

    @Test
    void writesInsideAnIterationAreRefused() {
        users.insert(new User(1, "anna"));
        assertThatThrownBy(() -> users.forEachId(id -> users.delete(id)))
                .isInstanceOf(StoreBusyException.class)
                .hasMessageContaining("operation=delete table=users busyWith=iteration");
        assertThatThrownBy(() -> users.forEach(u -> s.profiles.insert(new Profile(9, u.id(), ""))))
                .isInstanceOf(StoreBusyException.class);
        assertThat(users.size()).isEqualTo(1);
        assertThat(s.profiles.size()).isZero();
        users.delete(1);
    }

    @Test
    void writesFromARowFactoryAreRefused() {
        assertThatThrownBy(() -> users.insert(id -> {
            users.insert(new User(id, "sneaky"));
            return new User(id, "outer");
        })).isInstanceOf(StoreBusyException.class).hasMessageContaining("busyWith=insert on table=users");
        assertThat(users.size()).isZero();
    }
}
