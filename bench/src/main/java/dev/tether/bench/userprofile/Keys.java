package dev.tether.bench.userprofile;

import dev.tether.bench.fixture.SpreadIds;
import java.util.SplittableRandom;

/**
 * The random keys a benchmark walks, drawn once per trial from a {@link UserProfileData}: for
 * every kind of key, {@value #DRAWS} uniform draws with repetition, read at {@code n & mask} so
 * that a cursor can run forever and nothing constant-folds. Immutable, so reader threads share it.
 */
public final class Keys {
    /** Draws per kind of key: a power of two. */
    public static final int DRAWS = 1 << 18;
    private static final int MASK = DRAWS - 1;

    private final long[] users;
    private final long[] profiles;
    private final long[] loneUsers;
    private final int[] pairs;
    private final int[] lones;

    /**
     * Draws every kind of key from {@code data}. O({@value #DRAWS} + rows).
     *
     * @param data the rows the keys name
     */
    public Keys(UserProfileData data) {
        users = SpreadIds.draws(data.userIds(), DRAWS, UserProfileData.SEED + 1);
        profiles = SpreadIds.draws(data.profileIds(), DRAWS, UserProfileData.SEED + 2);
        loneUsers = SpreadIds.draws(data.loneUserIds(), DRAWS, UserProfileData.SEED + 3);
        pairs = indexDraws(data.pairs(), UserProfileData.SEED + 4);
        lones = indexDraws(data.loneUsers(), UserProfileData.SEED + 5);
    }

    private static int[] indexDraws(int bound, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] draws = new int[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = random.nextInt(bound);
        }
        return draws;
    }

    /**
     * @param n a cursor position
     * @return the id of a paired user (one with a profile)
     */
    public long user(int n) {
        return users[n & MASK];
    }

    /**
     * @param n a cursor position
     * @return the id of a stored profile
     */
    public long profile(int n) {
        return profiles[n & MASK];
    }

    /**
     * @param n a cursor position
     * @return the id of a user without a profile
     */
    public long loneUser(int n) {
        return loneUsers[n & MASK];
    }

    /**
     * @param n a cursor position
     * @return a pair index, for {@link UserProfileWorld#deleteUserAndRestore} and
     *         {@link UserProfileWorld#refuseUserDelete}
     */
    public int pair(int n) {
        return pairs[n & MASK];
    }

    /**
     * @param n a cursor position
     * @return a lone index, for the insert and move operations of {@link UserProfileWorld}
     */
    public int lone(int n) {
        return lones[n & MASK];
    }
}
