package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import dev.tether.fixtures.UserProfiles;
import org.junit.jupiter.api.Test;

/** Issue 2, points 3 (both directions), 4 (uniqueness) and 5 (referential integrity). */
class OneToOneTest {
    private final UserProfiles s = UserProfiles.cascade();

    @Test
    void forwardAndReverseAccess() {
        User anna = s.users.insert(new User(1, "anna"));
        Profile p = s.profiles.insert(new Profile(10, 1, "hi"));
        assertThat(s.profileUser.target(p)).isSameAs(anna);
        assertThat(s.profileUser.targetOrNull(p)).isSameAs(anna);
        assertThat(s.profileUser.findTarget(p)).containsSame(anna);
        assertThat(s.profileUser.source(1)).isSameAs(p);
        assertThat(s.profileUser.sourceOrNull(1)).isSameAs(p);
        assertThat(s.profileUser.findSource(1)).containsSame(p);
        assertThat(s.profileUser.sourceId(1)).isEqualTo(10);
    }

    @Test
    void reverseAccessOfAUserWithoutProfile() {
        s.users.insert(new User(1, "anna"));
        assertThatThrownBy(() -> s.profileUser.source(1))
                .isInstanceOf(RelatedRowDoesNotExistException.class)
                .hasMessage("users row has no profiles row: relation=profile_user table=users id=1 missingTable=profiles");
        assertThat(s.profileUser.sourceOrNull(1)).isNull();
        assertThat(s.profileUser.sourceOrNull(Ids.NONE)).isNull();
    }

    @Test
    void uniquenessOnInsertNamesRelationBothSourcesAndTarget() {
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "first"));
        assertThatThrownBy(() -> s.profiles.insert(new Profile(11, 1, "second")))
                .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
                    assertThat(e.relation()).isEqualTo("profile_user");
                    assertThat(e.existingSourceId()).isEqualTo(10);
                    assertThat(e.rejectedSourceId()).isEqualTo(11);
                    assertThat(e.targetId()).isEqualTo(1);
                });
        assertThat(s.profiles.contains(11)).isFalse();
        assertThat(s.profileUser.sourceId(1)).isEqualTo(10);
    }

    @Test
    void uniquenessOnUpdate() {
        s.users.insert(new User(1, "anna"));
        s.users.insert(new User(2, "bob"));
        s.profiles.insert(new Profile(10, 1, "anna's"));
        s.profiles.insert(new Profile(20, 2, "bob's"));
        assertThatThrownBy(() -> s.profiles.update(new Profile(20, 1, "steal anna")))
                .isInstanceOf(UniqueViolationException.class)
                .hasMessageContaining("targetId=1 existingSourceId=10 rejectedSourceId=20");
        assertThat(s.profiles.get(20).userId()).isEqualTo(2);
        assertThat(s.profileUser.sourceId(1)).isEqualTo(10);
        assertThat(s.profileUser.sourceId(2)).isEqualTo(20);
    }

    @Test
    void missingTargetIsRejectedOnInsertAndUpdate() {
        assertThatThrownBy(() -> s.profiles.insert(new Profile(10, 1, "orphan")))
                .isInstanceOfSatisfying(MissingTargetException.class, e -> {
                    assertThat(e.relation()).isEqualTo("profile_user");
                    assertThat(e.sourceId()).isEqualTo(10);
                    assertThat(e.targetId()).isEqualTo(1);
                })
                .hasMessage("foreign key names a missing row: relation=profile_user sourceId=10 targetTable=users targetId=1");
        s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, 1, "ok"));
        assertThatThrownBy(() -> s.profiles.update(new Profile(10, 2, "to nowhere")))
                .isInstanceOf(MissingTargetException.class);
        assertThat(s.profiles.get(10).userId()).isEqualTo(1);
        assertThat(s.profileUser.sourceId(1)).isEqualTo(10);
    }

    @Test
    void updateMovesTheLinkAtomically() {
        s.users.insert(new User(1, "anna"));
        s.users.insert(new User(2, "bob"));
        s.profiles.insert(new Profile(10, 1, "p"));
        s.profiles.update(new Profile(10, 2, "p moved"));
        assertThat(s.profileUser.sourceOrNull(1)).isNull();
        assertThat(s.profileUser.source(2).bio()).isEqualTo("p moved");
        // The old target is free again.
        s.profiles.insert(new Profile(11, 1, "new"));
        assertThat(s.profileUser.sourceId(1)).isEqualTo(11);
    }

    @Test
    void requiredKeyRejectsNone() {
        s.users.insert(new User(1, "anna"));
        assertThatThrownBy(() -> s.profiles.insert(new Profile(10, Ids.NONE, "no user")))
                .isInstanceOf(NullForeignKeyException.class)
                .hasMessage("foreign key is not nullable: relation=profile_user sourceId=10 targetId=Ids.NONE");
        s.profiles.insert(new Profile(10, 1, "p"));
        assertThatThrownBy(() -> s.profiles.update(new Profile(10, Ids.NONE, "unlink")))
                .isInstanceOf(NullForeignKeyException.class);
        assertThat(s.profileUser.sourceId(1)).isEqualTo(10);
    }

    @Test
    void nullableKeyAcceptsManyRowsWithoutTarget() {
        UserProfiles n = UserProfiles.nullable(OnDelete.SET_NULL);
        Profile a = n.profiles.insert(new Profile(10, Ids.NONE, "a"));
        n.profiles.insert(new Profile(11, Ids.NONE, "b"));
        assertThat(n.profileUser.targetOrNull(a)).isNull();
        assertThat(n.profileUser.findTarget(a)).isEmpty();
        assertThatThrownBy(() -> n.profileUser.target(a))
                .isInstanceOf(RelatedRowDoesNotExistException.class)
                .hasMessageContaining("relation=profile_user table=profiles id=10 missingTable=users");
        n.users.insert(new User(1, "anna"));
        n.profiles.update(new Profile(10, 1, "linked"));
        assertThat(n.profileUser.source(1).bio()).isEqualTo("linked");
        n.profiles.update(new Profile(10, Ids.NONE, "unlinked"));
        assertThat(n.profileUser.sourceOrNull(1)).isNull();
        n.store.checkInvariants();
    }

    @Test
    void forwardAccessFromAnUnstoredRowNamingAMissingTarget() {
        assertThatThrownBy(() -> s.profileUser.target(new Profile(1, 5, "detached")))
                .isInstanceOf(NoSuchRowException.class).hasMessage("row does not exist: table=users id=5");
        assertThat(s.profileUser.targetOrNull(new Profile(1, 5, "detached"))).isNull();
    }

    @Test
    void aRowMayPointAtItselfInASelfRelation() {
        record Person(long id, long partnerId) {
        }
        Schema.Builder b = Schema.builder();
        TableDef<Person> people = b.table("people", Person.class, Person::id);
        b.oneToOne("partner", people, ForeignKey.required(Person::partnerId), people, OnDelete.CASCADE);
        Store store = Store.create(b.build());
        Table<Person> t = store.table(people);
        t.insert(new Person(1, 1));
        assertThatThrownBy(() -> t.insert(new Person(2, 3))).isInstanceOf(MissingTargetException.class);
        assertThat(((OneToOne<?, ?>) store.relation("partner")).sourceId(1)).isEqualTo(1);
        assertThat(t.delete(1).total()).isEqualTo(1);
        store.checkInvariants();
    }
}
