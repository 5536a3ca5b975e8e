package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.fixtures.Profile;
import dev.tether.fixtures.User;
import dev.tether.fixtures.UserProfiles;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The seed page's execution table, step by step, and its two "key moments". */
class SeedExampleTest {
    private final UserProfiles s = UserProfiles.cascade();

    @Test
    void executionTableStepsOneToFive() {
        // Step 1: the Profile model with a one-to-one field to User exists (the fixture's schema).
        assertThat(s.profileUserDef.source().name()).isEqualTo("profiles");
        assertThat(s.profileUserDef.target().name()).isEqualTo("users");
        // Step 2: create user u.
        User u = s.users.insert(id -> new User(id, "anna"));
        // Step 3: create profile p linked to u.
        Profile p = s.profiles.insert(id -> new Profile(id, u.id(), "Hello!"));
        // Step 4: p.user returns u.
        assertThat(s.profileUser.target(p)).isEqualTo(u);
        assertThat(s.profileUser.target(p).username()).isEqualTo("anna");
        // Step 5: u.profile returns p.
        assertThat(s.profileUser.source(u.id())).isEqualTo(p);
    }

    @Test
    void secondProfileForTheSameUserIsAnIntegrityError() {
        User u = s.users.insert(new User(1, "anna"));
        s.profiles.insert(new Profile(10, u.id(), "first"));

        assertThatThrownBy(() -> s.profiles.insert(new Profile(11, u.id(), "second")))
                .isInstanceOf(UniqueViolationException.class)
                .hasMessageContaining("relation=profile_user")
                .hasMessageContaining("targetId=1")
                .hasMessageContaining("existingSourceId=10")
                .hasMessageContaining("rejectedSourceId=11");
        assertThat(s.profiles.size()).isEqualTo(1);
        assertThat(s.profileUser.source(1).bio()).isEqualTo("first");
    }

    @Test
    void userWithoutProfileHasNoProfile() {
        s.users.insert(new User(7, "bob"));
        assertThatThrownBy(() -> s.profileUser.source(7))
                .isInstanceOf(RelatedRowDoesNotExistException.class)
                .hasMessageContaining("users row has no profiles row")
                .hasMessageContaining("id=7");
        assertThat(s.profileUser.sourceOrNull(7)).isNull();
        assertThat(s.profileUser.findSource(7)).isEmpty();
        assertThat(s.profileUser.sourceId(7)).isEqualTo(Ids.NONE);
    }

    @Test
    void onDeleteCannotBeLeftOut() {
        // No declaring method exists without an OnDelete parameter ...
        for (Method m : Schema.Builder.class.getMethods()) {
            if (ForeignKeyDef.class.isAssignableFrom(m.getReturnType())) {
                assertThat(Arrays.asList(m.getParameterTypes())).as(m.toString()).contains(OnDelete.class);
            }
        }
        // ... and passing null is a schema error, as Django's TypeError.
        Schema.Builder b = Schema.builder();
        TableDef<User> users = b.table("users", User.class, User::id);
        TableDef<Profile> profiles = b.table("profiles", Profile.class, Profile::id);
        assertThatThrownBy(() -> b.oneToOne("profile_user", profiles, ForeignKey.required(Profile::userId), users, null))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("relation=profile_user")
                .hasMessageContaining("on-delete");
        assertThatThrownBy(() -> b.sharedPrimaryKey("profile_user", profiles, users, null))
                .isInstanceOf(SchemaException.class);
    }
}
