package dev.tether.bench.userprofile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every implementation, in every shape, answers the benchmark reads as the data says and its
 * benchmark writes leave it as they found it: the four implementations measure the same thing.
 */
class UserProfileWorldTest {
    private static final int SIZE = 200;

    static List<Arguments> worlds() {
        Map<String, StoreFactory<?>> factories = new LinkedHashMap<>();
        factories.put("tether", TetherUserProfiles::new);
        factories.put("floor", FloorUserProfiles::new);
        factories.put("hashMap", HashMapUserProfiles::new);
        factories.put("h2", (shape, data) -> new H2UserProfiles(shape));
        List<Arguments> worlds = new ArrayList<>();
        for (Shape shape : Shape.values()) {
            factories.forEach((name, factory) -> worlds.add(Arguments.of(name, shape, factory)));
        }
        return worlds;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("worlds")
    void readsAnswerAsTheDataSays(String name, Shape shape, StoreFactory<?> factory) {
        try (UserProfileWorld<?> world = open(shape, factory)) {
            UserProfileStore store = world.store();
            UserProfileData data = world.data();
            for (int i = 0; i < data.pairs(); i++) {
                User user = data.user(i);
                Profile profile = data.profile(i);
                assertThat(store.user(user.id())).isEqualTo(user);
                assertThat(store.userOfProfile(profile.id())).isEqualTo(user);
                assertThat(store.profileOfUser(user.id())).isEqualTo(profile);
            }
            for (int j = 0; j < data.loneUsers(); j++) {
                assertThat(store.user(data.loneUser(j).id())).isEqualTo(data.loneUser(j));
                assertThat(store.profileOfUser(data.loneUser(j).id())).isNull();
            }
            assertThat(store.user(data.spareProfile(0).id())).isNull();
            assertThat(store.userOfProfile(data.user(0).id())).isNull();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("worlds")
    void writesLeaveTheStoreAsTheyFoundIt(String name, Shape shape, StoreFactory<?> factory) {
        try (UserProfileWorld<?> world = open(shape, factory)) {
            UserProfileData data = world.data();
            for (int j = 0; j < data.loneUsers(); j++) {
                assertThat(world.insertAndDeleteProfile(j)).isEqualTo(2);
                assertThat(world.insertDuplicateProfile(j)).isTrue();
                assertThat(world.moveProfileAndBack(j)).isEqualTo(2);
                assertThat(world.insertAndDeleteProfile(j)).isEqualTo(2);
            }
            for (int i = 0; i < data.pairs(); i += 7) {
                int index = i;
                if (shape.cascades()) {
                    assertThat(world.deleteUserAndRestore(index)).isEqualTo(shape.avatars() ? 3 : 2);
                } else {
                    assertThat(world.refuseUserDelete(index)).isTrue();
                    assertThatThrownBy(() -> world.deleteUserAndRestore(index))
                            .isInstanceOf(IllegalStateException.class);
                }
            }
            assertUnchanged(world.store(), data);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("worlds")
    void aDeleteOfAProfilelessUserIsNeverRefused(String name, Shape shape, StoreFactory<?> factory) {
        try (UserProfileWorld<?> world = open(shape, factory)) {
            UserProfileStore store = world.store();
            User lone = world.data().loneUser(0);
            assertThat(store.deleteUser(lone.id())).isTrue();
            assertThat(store.user(lone.id())).isNull();
            assertThat(store.deleteUser(lone.id())).isFalse();
            assertThat(store.insertUser(lone)).isTrue();
            assertThat(store.insertUser(lone)).isFalse();
        }
    }

    private static void assertUnchanged(UserProfileStore store, UserProfileData data) {
        for (int i = 0; i < data.pairs(); i++) {
            assertThat(store.profileOfUser(data.user(i).id())).isEqualTo(data.profile(i));
        }
        for (int j = 0; j < data.loneUsers(); j++) {
            assertThat(store.profileOfUser(data.loneUser(j).id())).isNull();
            assertThat(store.userOfProfile(data.spareProfile(j).id())).isNull();
        }
    }

    @SuppressWarnings("unchecked")
    private static UserProfileWorld<?> open(Shape shape, StoreFactory<?> factory) {
        UserProfileData data = UserProfileData.forBenchmark(SIZE, shape);
        StoreFactory<UserProfileStore> typed = (StoreFactory<UserProfileStore>) factory;
        return new UserProfileWorld<>(data, typed.open(shape, data));
    }
}
