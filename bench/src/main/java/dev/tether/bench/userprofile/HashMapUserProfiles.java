package dev.tether.bench.userprofile;

import dev.tether.bench.fixture.Avatar;
import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.User;
import java.util.HashMap;
import java.util.Map;

/**
 * The floor's design (see {@link FloorUserProfiles}) on {@link java.util.HashMap} with boxed
 * {@code Long} keys and values: what code written without a primitive-collections library
 * costs. Same checks, same probes; not thread-safe.
 */
public final class HashMapUserProfiles implements UserProfileStore {
    private final boolean cascades;
    private final Map<Long, User> users;
    private final Map<Long, Profile> profiles;
    private final Map<Long, Long> profileByUser;
    private final Map<Long, Avatar> avatars;
    private final Map<Long, Long> avatarByProfile;

    /**
     * An empty store of {@code shape}, presized for {@code data}'s rows.
     *
     * @param shape the schema
     * @param data the rows it will hold (only their counts are used: all users, the paired profiles)
     */
    public HashMapUserProfiles(Shape shape, UserProfileData data) {
        int userCount = data.pairs() + data.loneUsers();
        int profileCount = data.pairs();
        cascades = shape.cascades();
        users = new HashMap<>(capacityFor(userCount));
        profiles = new HashMap<>(capacityFor(profileCount));
        profileByUser = new HashMap<>(capacityFor(profileCount));
        avatars = shape.avatars() ? new HashMap<>(capacityFor(data.pairs())) : null;
        avatarByProfile = shape.avatars() ? new HashMap<>(capacityFor(data.pairs())) : null;
    }

    /** The initial capacity that holds {@code entries} at the default load factor without a resize. */
    private static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
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
        Long profileId = profileByUser.get(userId);
        return profileId == null ? null : profiles.get(profileId);
    }

    @Override
    public boolean insertUser(User user) {
        return users.putIfAbsent(user.id(), user) == null;
    }

    @Override
    public boolean insertProfile(Profile profile) {
        Long userId = profile.userId();
        if (profiles.containsKey(profile.id()) || !users.containsKey(userId) || profileByUser.containsKey(userId)) {
            return false;
        }
        profiles.put(profile.id(), profile);
        profileByUser.put(userId, profile.id());
        return true;
    }

    @Override
    public boolean insertAvatar(Avatar avatar) {
        Long profileId = avatar.profileId();
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
        Long newUserId = profile.userId();
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
        Long profileId = profileByUser.get(id);
        return profileId == null || deleteProfile(profileId);
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
        Long avatarId = avatarByProfile.remove(id);
        if (avatarId != null) {
            avatars.remove(avatarId);
        }
        return true;
    }

    @Override
    public void close() {
        // Nothing outside the heap.
    }
}
