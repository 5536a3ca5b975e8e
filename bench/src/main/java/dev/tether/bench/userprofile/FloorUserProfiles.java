package dev.tether.bench.userprofile;

import dev.tether.bench.fixture.Avatar;
import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.User;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * The floor: the smallest hand-written code on raw Eclipse Collections maps that does what
 * Tether does for this schema. Rows in presized {@link LongObjectHashMap}s, the one-to-one
 * reverse index in a {@link LongLongHashMap} (user id to profile id; profile id to avatar id in
 * {@link Shape#CHAIN}), the same probes, and the integrity checks written out by hand. Not
 * thread-safe: concurrent readers are fine only while nothing writes.
 */
public final class FloorUserProfiles implements UserProfileStore {
    private static final long NO_ID = Long.MIN_VALUE;

    private final boolean cascades;
    private final LongObjectHashMap<User> users;
    private final LongObjectHashMap<Profile> profiles;
    private final LongLongHashMap profileByUser;
    private final LongObjectHashMap<Avatar> avatars;
    private final LongLongHashMap avatarByProfile;

    /**
     * An empty store of {@code shape}, presized for {@code data}'s rows.
     *
     * @param shape the schema
     * @param data the rows it will hold (only their counts are used: all users, the paired profiles)
     */
    public FloorUserProfiles(Shape shape, UserProfileData data) {
        int userCount = data.pairs() + data.loneUsers();
        int profileCount = data.pairs();
        cascades = shape.cascades();
        users = new LongObjectHashMap<>(userCount);
        profiles = new LongObjectHashMap<>(profileCount);
        profileByUser = new LongLongHashMap(profileCount);
        avatars = shape.avatars() ? new LongObjectHashMap<>(data.pairs()) : null;
        avatarByProfile = shape.avatars() ? new LongLongHashMap(data.pairs()) : null;
    }

    @Override
    public User user(long id) {
        return users.get(id);
    }

    @Override
    public User userOfProfile(long profileId) {
        Profile profile = profiles.get(profileId);
        return profile == null ? null : users.get(profile.userId());
    }

    @Override
    public Profile profileOfUser(long userId) {
        long profileId = profileByUser.getIfAbsent(userId, NO_ID);
        return profileId == NO_ID ? null : profiles.get(profileId);
    }

    @Override
    public boolean insertUser(User user) {
        if (users.containsKey(user.id())) {
            return false;
        }
        users.put(user.id(), user);
        return true;
    }

    @Override
    public boolean insertProfile(Profile profile) {
        long userId = profile.userId();
        if (profiles.containsKey(profile.id()) || !users.containsKey(userId) || profileByUser.containsKey(userId)) {
            return false;
        }
        profiles.put(profile.id(), profile);
        profileByUser.put(userId, profile.id());
        return true;
    }

    @Override
    public boolean insertAvatar(Avatar avatar) {
        long profileId = avatar.profileId();
        if (avatars.containsKey(avatar.id()) || !profiles.containsKey(profileId)
                || avatarByProfile.containsKey(profileId)) {
            return false;
        }
        avatars.put(avatar.id(), avatar);
        avatarByProfile.put(profileId, avatar.id());
        return true;
    }

    @Override
    public boolean updateProfile(Profile profile) {
        Profile previous = profiles.get(profile.id());
        if (previous == null) {
            return false;
        }
        long newUserId = profile.userId();
        boolean moves = newUserId != previous.userId();
        if (moves && (!users.containsKey(newUserId) || profileByUser.containsKey(newUserId))) {
            return false;
        }
        profiles.put(profile.id(), profile);
        if (moves) {
            profileByUser.remove(previous.userId());
            profileByUser.put(newUserId, profile.id());
        }
        return true;
    }

    @Override
    public boolean deleteUser(long id) {
        if (!cascades && profileByUser.containsKey(id)) {
            return false;
        }
        if (users.remove(id) == null) {
            return false;
        }
        long profileId = profileByUser.getIfAbsent(id, NO_ID);
        return profileId == NO_ID || deleteProfile(profileId);
    }

    @Override
    public boolean deleteProfile(long id) {
        Profile profile = profiles.remove(id);
        if (profile == null) {
            return false;
        }
        profileByUser.remove(profile.userId());
        if (avatars == null) {
            return true;
        }
        long avatarId = avatarByProfile.removeKeyIfAbsent(id, NO_ID);
        if (avatarId != NO_ID) {
            avatars.remove(avatarId);
        }
        return true;
    }

    @Override
    public void close() {
        // Nothing outside the heap.
    }
}
