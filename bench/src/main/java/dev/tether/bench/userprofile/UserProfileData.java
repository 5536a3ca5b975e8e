package dev.tether.bench.userprofile;

import dev.tether.bench.fixture.Avatar;
import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.SpreadIds;
import dev.tether.bench.fixture.User;
import java.util.function.ToLongFunction;

/**
 * The rows every user/profile world is built from, all from one seed so that every
 * implementation holds exactly the same data.
 *
 * <ul>
 *   <li>{@code pairs} users, each with one profile ({@link #user(int)}, {@link #profile(int)}),
 *       and, when asked for, one avatar per profile ({@link #avatar(int)});</li>
 *   <li>{@code loneUsers} users without a profile ({@link #loneUser(int)}): reverse lookups that
 *       find nothing, and free targets for the write benchmarks;</li>
 *   <li>rows that are not stored but written by the benchmarks: a new profile for each lone user
 *       ({@link #spareProfile(int)}), a profile that would give a paired user a second one
 *       ({@link #duplicateProfile(int)}), and paired profile {@code j} moved to lone user {@code j}
 *       ({@link #movedProfile(int)}).</li>
 * </ul>
 * Every id is distinct across all roles and spread over the {@code long} range
 * ({@link SpreadIds}). Rows are built once, so that no benchmark allocates them.
 */
public final class UserProfileData {
    /** The seed of every id; the same in every run so that runs compare. */
    public static final long SEED = 0x7e7e_2026L;

    private final User[] users;
    private final Profile[] profiles;
    private final Avatar[] avatars;
    private final User[] loneUsers;
    private final Profile[] spareProfiles;
    private final Profile[] duplicateProfiles;
    private final Profile[] movedProfiles;

    private UserProfileData(int pairs, int loneCount, boolean withAvatars) {
        int avatarCount = withAvatars ? pairs : 0;
        long[] ids = SpreadIds.distinct(2 * pairs + 2 * loneCount + avatarCount, SEED);
        users = new User[pairs];
        profiles = new Profile[pairs];
        avatars = new Avatar[avatarCount];
        for (int i = 0; i < pairs; i++) {
            users[i] = new User(ids[i], "user-" + i);
            profiles[i] = new Profile(ids[pairs + i], users[i].id(), "bio of user " + i);
        }
        for (int i = 0; i < avatarCount; i++) {
            avatars[i] = new Avatar(ids[2 * pairs + 2 * loneCount + i], profiles[i].id(), "avatar-" + i + ".png");
        }
        loneUsers = new User[loneCount];
        spareProfiles = new Profile[loneCount];
        duplicateProfiles = new Profile[loneCount];
        movedProfiles = new Profile[loneCount];
        for (int j = 0; j < loneCount; j++) {
            loneUsers[j] = new User(ids[2 * pairs + j], "lone-user-" + j);
            long spareId = ids[2 * pairs + loneCount + j];
            spareProfiles[j] = new Profile(spareId, loneUsers[j].id(), "bio of lone user " + j);
            duplicateProfiles[j] = new Profile(spareId, users[j % pairs].id(), "second bio of user " + j);
            Profile paired = profiles[j % pairs];
            movedProfiles[j] = new Profile(paired.id(), loneUsers[j].id(), paired.bio());
        }
    }

    /**
     * The data the benchmarks use: {@code size} pairs and {@code size / 16} (at least one) lone
     * users. O(size).
     *
     * @param size the number of user/profile pairs
     * @param shape the schema; avatars are built only for {@link Shape#CHAIN}
     * @return the data
     */
    public static UserProfileData forBenchmark(int size, Shape shape) {
        return new UserProfileData(size, Math.max(1, size / 16), shape.avatars());
    }

    /**
     * Exactly {@code pairs} pairs, no lone users, no avatars: what a footprint measures. O(pairs).
     *
     * @param pairs the number of user/profile pairs
     * @return the data
     */
    public static UserProfileData pairsOnly(int pairs) {
        return new UserProfileData(pairs, 0, false);
    }

    /** @return the number of user/profile pairs */
    public int pairs() {
        return users.length;
    }

    /** @return the number of users without a profile */
    public int loneUsers() {
        return loneUsers.length;
    }

    /** @return whether each profile has an avatar */
    public boolean hasAvatars() {
        return avatars.length > 0;
    }

    /**
     * @param i a pair index, {@code 0 <= i < pairs()}
     * @return the user of pair {@code i}
     */
    public User user(int i) {
        return users[i];
    }

    /**
     * @param i a pair index
     * @return the profile of pair {@code i}, pointing at {@link #user(int) user(i)}
     */
    public Profile profile(int i) {
        return profiles[i];
    }

    /**
     * @param i a pair index; only when {@link #hasAvatars()}
     * @return the avatar of pair {@code i}, pointing at {@link #profile(int) profile(i)}
     */
    public Avatar avatar(int i) {
        return avatars[i];
    }

    /**
     * @param j a lone index, {@code 0 <= j < loneUsers()}
     * @return the lone user {@code j}, stored without a profile
     */
    public User loneUser(int j) {
        return loneUsers[j];
    }

    /**
     * @param j a lone index
     * @return a profile, not stored, with a fresh id, pointing at {@link #loneUser(int) loneUser(j)}
     */
    public Profile spareProfile(int j) {
        return spareProfiles[j];
    }

    /**
     * @param j a lone index
     * @return a profile, not stored, with a fresh id, pointing at the already claimed user
     *         {@code user(j % pairs())}: every insert of it must be refused
     */
    public Profile duplicateProfile(int j) {
        return duplicateProfiles[j];
    }

    /**
     * @param j a lone index
     * @return {@code profile(j % pairs())} moved to {@link #loneUser(int) loneUser(j)}
     */
    public Profile movedProfile(int j) {
        return movedProfiles[j];
    }

    /** @return the ids of the paired users, in pair order (a new array) */
    public long[] userIds() {
        return idsOf(users, User::id);
    }

    /** @return the ids of the profiles, in pair order (a new array) */
    public long[] profileIds() {
        return idsOf(profiles, Profile::id);
    }

    /** @return the ids of the lone users (a new array) */
    public long[] loneUserIds() {
        return idsOf(loneUsers, User::id);
    }

    private static <R> long[] idsOf(R[] rows, ToLongFunction<R> id) {
        long[] ids = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = id.applyAsLong(rows[i]);
        }
        return ids;
    }
}
