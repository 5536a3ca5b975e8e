package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import org.junit.jupiter.api.Test;

/** Issue 2, point 1: the schema is declared in code and its mistakes fail when it is built. */
class SchemaTest {
    private final Schema.Builder b = Schema.builder();
    private final TableDef<User> users = b.table("users", User.class, User::id);
    private final TableDef<Profile> profiles = b.table("profiles", Profile.class, Profile::id);

    @Test
    void declaresTablesAndRelationsInOrder() {
        OneToOneDef<Profile, User> rel =
                b.oneToOne("profile_user", profiles, ForeignKey.required(Profile::userId), users, OnDelete.CASCADE);
        Schema schema = b.build();
        assertThat(schema.tables()).containsExactly(users, profiles);
        assertThat(schema.relations()).containsExactly(rel);
        assertThat(rel.source()).isSameAs(profiles);
        assertThat(rel.target()).isSameAs(users);
        assertThat(rel.onDelete()).isEqualTo(OnDelete.CASCADE);
        assertThat(rel.isSharedPrimaryKey()).isFalse();
    }

    @Test
    void plainClassesAreRowsToo() {
        final class Account {
            private final long number;

            Account(long number) {
                this.number = number;
            }
        }
        TableDef<Account> accounts = b.table("accounts", Account.class, a -> a.number);
        Store store = Store.create(b.build());
        Account a = new Account(42);
        store.table(accounts).insert(a);
        assertThat(store.table(accounts).get(42)).isSameAs(a);
        store.checkInvariants();
    }

    @Test
    void duplicateTableName() {
        assertThatThrownBy(() -> b.table("users", User.class, User::id))
                .isInstanceOf(SchemaException.class).hasMessageContaining("duplicate table name: table=users");
    }

    @Test
    void duplicateRelationName() {
        b.oneToOne("profile_user", profiles, ForeignKey.required(Profile::userId), users, OnDelete.CASCADE);
        assertThatThrownBy(() -> b.sharedPrimaryKey("profile_user", profiles, users, OnDelete.CASCADE))
                .isInstanceOf(SchemaException.class).hasMessageContaining("duplicate relation name: relation=profile_user");
    }

    @Test
    void relationToATableOfAnotherSchema() {
        TableDef<User> foreign = Schema.builder().table("users", User.class, User::id);
        assertThatThrownBy(() -> b.oneToOne("profile_user", profiles, ForeignKey.required(Profile::userId),
                foreign, OnDelete.CASCADE))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("does not declare: relation=profile_user target=users");
        assertThatThrownBy(() -> b.oneToOne("profile_user", null, ForeignKey.required(Profile::userId),
                users, OnDelete.CASCADE))
                .isInstanceOf(SchemaException.class).hasMessageContaining("source=null");
    }

    @Test
    void setNullNeedsANullableKey() {
        assertThatThrownBy(() -> b.oneToOne("profile_user", profiles,
                ForeignKey.required(Profile::userId).rewrittenBy(Profile::withUserId), users, OnDelete.SET_NULL))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("SET_NULL needs a nullable foreign key: relation=profile_user");
    }

    @Test
    void setDefaultNeedsADefault() {
        assertThatThrownBy(() -> b.oneToOne("profile_user", profiles,
                ForeignKey.required(Profile::userId).rewrittenBy(Profile::withUserId), users, OnDelete.SET_DEFAULT))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("SET_DEFAULT needs a default target: relation=profile_user");
    }

    @Test
    void rewritingRulesNeedARewriter() {
        assertThatThrownBy(() -> b.oneToOne("profile_user", profiles, ForeignKey.nullable(Profile::userId),
                users, OnDelete.SET_NULL))
                .isInstanceOf(SchemaException.class).hasMessageContaining("SET_NULL needs a foreign key rewriter");
        assertThatThrownBy(() -> b.oneToOne("profile_user", profiles,
                ForeignKey.required(Profile::userId).withDefault(1), users, OnDelete.SET_DEFAULT))
                .isInstanceOf(SchemaException.class).hasMessageContaining("SET_DEFAULT needs a foreign key rewriter");
    }

    @Test
    void reservedIdCannotBeADefault() {
        assertThatThrownBy(() -> ForeignKey.required(Profile::userId).withDefault(Ids.NONE))
                .isInstanceOf(SchemaException.class).hasMessageContaining("targetId=" + Long.MIN_VALUE);
    }

    @Test
    void sharedPrimaryKeyCannotBeRewrittenNorPointAtItself() {
        assertThatThrownBy(() -> b.sharedPrimaryKey("profile_user", profiles, users, OnDelete.SET_NULL))
                .isInstanceOf(SchemaException.class).hasMessageContaining("onDelete=SET_NULL");
        assertThatThrownBy(() -> b.sharedPrimaryKey("self", users, users, OnDelete.CASCADE))
                .isInstanceOf(SchemaException.class).hasMessageContaining("relation=self table=users");
    }

    @Test
    void blankNamesAndNullArguments() {
        assertThatThrownBy(() -> b.table(" ", User.class, User::id))
                .isInstanceOf(SchemaException.class).hasMessageContaining("table name is blank");
        assertThatThrownBy(() -> b.table("people", null, User::id))
                .isInstanceOf(SchemaException.class).hasMessageContaining("table=people");
        assertThatThrownBy(() -> b.oneToOne("", profiles, ForeignKey.required(Profile::userId), users, OnDelete.CASCADE))
                .isInstanceOf(SchemaException.class).hasMessageContaining("relation name is blank");
        assertThatThrownBy(() -> b.oneToOne("r", profiles, null, users, OnDelete.CASCADE))
                .isInstanceOf(SchemaException.class).hasMessageContaining("relation has no foreign key: relation=r");
        assertThatThrownBy(() -> ForeignKey.required(null)).isInstanceOf(SchemaException.class);
        assertThatThrownBy(() -> ForeignKey.nullable(Profile::userId).rewrittenBy(null))
                .isInstanceOf(SchemaException.class);
    }

    @Test
    void builderIsSingleUse() {
        b.build();
        assertThatThrownBy(() -> b.table("more", User.class, User::id))
                .isInstanceOf(SchemaException.class).hasMessageContaining("already built");
        assertThatThrownBy(b::build).isInstanceOf(SchemaException.class);
    }
}
