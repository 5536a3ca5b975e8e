package dev.tether.bench.userprofile;

import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.User;

/**
 * A loaded {@link UserProfileStore} with the data it was loaded from, offering the write
 * operations the benchmarks measure, composed the same way for every implementation. Each
 * operation leaves the store as it found it, so that a benchmark can repeat it forever at a
 * constant table size. Operations throw {@link IllegalStateException} if the store does not
 * answer as the schema demands (a refused write that must succeed, an accepted one that must be
 * refused), so a broken implementation cannot produce a number.
 *
 * @param <S> the implementation
 */
public final class UserProfileWorld<S extends UserProfileStore> implements AutoCloseable {
    private final UserProfileData data;
    private final S store;

    /**
     * Loads {@code store} with {@code data}. O(rows).
     *
     * @param data the rows
     * @param store an empty store of the shape the data was built for
     */
    public UserProfileWorld(UserProfileData data, S store) {
        this.data = data;
        this.store = store;
        store.load(data);
    }

    /** @return the data the store holds */
    public UserProfileData data() {
        return data;
    }

    /** @return the loaded store, for the reads */
    public S store() {
        return store;
    }

    /**
     * Inserts {@code spareProfile(j)} for lone user {@code j}, then deletes it: one checked insert
     * and one delete.
     *
     * @param j a lone index
     * @return 2, the rows written
     */
    public int insertAndDeleteProfile(int j) {
        Profile spare = data.spareProfile(j);
        require(store.insertProfile(spare), "insert spare profile", spare);
        require(store.deleteProfile(spare.id()), "delete spare profile", spare);
        return 2;
    }

    /**
     * Tries to give paired user {@code j} a second profile; the store must refuse.
     *
     * @param j a lone index
     * @return true (the insert was refused)
     */
    public boolean insertDuplicateProfile(int j) {
        Profile duplicate = data.duplicateProfile(j);
        boolean refused = !store.insertProfile(duplicate);
        require(refused, "refuse duplicate profile", duplicate);
        return refused;
    }

    /**
     * Moves profile {@code j} to lone user {@code j} and back: two updates, each moving a link
     * (free the old user, check and claim the new one).
     *
     * @param j a lone index
     * @return 2, the updates made
     */
    public int moveProfileAndBack(int j) {
        Profile moved = data.movedProfile(j);
        require(store.updateProfile(moved), "move profile", moved);
        Profile home = data.profile(j % data.pairs());
        require(store.updateProfile(home), "move profile back", home);
        return 2;
    }

    /**
     * Deletes user {@code i}, cascading to its profile (and avatar), then inserts them again. The
     * re-inserts are refused, and this throws, unless the cascade removed every dependent.
     *
     * @param i a pair index
     * @return the rows deleted and restored (2, or 3 with avatars)
     */
    public int deleteUserAndRestore(int i) {
        User user = data.user(i);
        require(store.deleteUser(user.id()), "cascade delete", user);
        require(store.insertUser(user), "restore user", user);
        require(store.insertProfile(data.profile(i)), "restore profile", data.profile(i));
        if (!data.hasAvatars()) {
            return 2;
        }
        require(store.insertAvatar(data.avatar(i)), "restore avatar", data.avatar(i));
        return 3;
    }

    /**
     * Tries to delete user {@code i}, which has a profile; a protecting store must refuse.
     *
     * @param i a pair index
     * @return true (the delete was refused)
     */
    public boolean refuseUserDelete(int i) {
        User user = data.user(i);
        boolean refused = !store.deleteUser(user.id());
        require(refused, "refuse protected delete", user);
        return refused;
    }

    @Override
    public void close() {
        store.close();
    }

    private static void require(boolean expected, String operation, Object row) {
        if (!expected) {
            throw new IllegalStateException("store answered against the schema: operation=" + operation + " row=" + row);
        }
    }
}
