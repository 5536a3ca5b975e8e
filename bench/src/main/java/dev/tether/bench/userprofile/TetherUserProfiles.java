package dev.tether.bench.userprofile;

import dev.tether.DeleteRefusedException;
import dev.tether.ForeignKey;
import dev.tether.IntegrityException;
import dev.tether.NoSuchRowException;
import dev.tether.OnDelete;
import dev.tether.OneToOne;
import dev.tether.OneToOneDef;
import dev.tether.Schema;
import dev.tether.Store;
import dev.tether.Table;
import dev.tether.TableDef;
import dev.tether.bench.fixture.Avatar;
import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.User;

/**
 * The user/profile schema on Tether, through the public API only: {@code profile_user} is a
 * one-to-one relation on {@code ForeignKey.required(Profile::userId)}, CASCADE (PROTECT for
 * {@link Shape#PROTECTED_PAIRS}); in {@link Shape#CHAIN}, {@code avatar_profile} is a one-to-one
 * CASCADE from avatars to profiles. Refusals are Tether's exceptions, caught here.
 */
public final class TetherUserProfiles implements UserProfileStore {
    private final Store store;
    private final Table<User> users;
    private final Table<Profile> profiles;
    private final Table<Avatar> avatars;
    private final OneToOne<Profile, User> profileUser;

    /**
     * An empty store of {@code shape}, its tables given room for {@code data}'s rows with
     * {@code Table.ensureCapacity}, as the floor presizes its maps.
     *
     * @param shape the schema
     * @param data the rows it will hold (only their counts are used: all users, the paired profiles)
     */
    public TetherUserProfiles(Shape shape, UserProfileData data) {
        Schema.Builder schema = Schema.builder();
        TableDef<User> userDef = schema.table("users", User.class, User::id);
        TableDef<Profile> profileDef = schema.table("profiles", Profile.class, Profile::id);
        OneToOneDef<Profile, User> profileUserDef = schema.oneToOne("profile_user", profileDef,
                ForeignKey.required(Profile::userId), userDef, shape.cascades() ? OnDelete.CASCADE : OnDelete.PROTECT);
        TableDef<Avatar> avatarDef = null;
        if (shape.avatars()) {
            avatarDef = schema.table("avatars", Avatar.class, Avatar::id);
            schema.oneToOne("avatar_profile", avatarDef, ForeignKey.required(Avatar::profileId), profileDef,
                    OnDelete.CASCADE);
        }
        store = Store.create(schema.build());
        users = store.table(userDef);
        profiles = store.table(profileDef);
        avatars = avatarDef == null ? null : store.table(avatarDef);
        profileUser = store.relation(profileUserDef);
        users.ensureCapacity(data.pairs() + data.loneUsers());
        profiles.ensureCapacity(data.pairs());
        if (avatars != null) {
            avatars.ensureCapacity(data.pairs());
        }
    }

    /**
     * The store itself: the root of what a footprint counts.
     *
     * @return the store
     */
    public Store store() {
        return store;
    }

    @Override
    public User user(long id) {
        return users.getOrNull(id);
    }

    @Override
    public User userOfProfile(long profileId) {
        Profile profile = profiles.getOrNull(profileId);
        return profile == null ? null : profileUser.targetOrNull(profile);
    }

    @Override
    public Profile profileOfUser(long userId) {
        return profileUser.sourceOrNull(userId);
    }

    @Override
    public boolean insertUser(User user) {
        return inserted(users, user);
    }

    @Override
    public boolean insertProfile(Profile profile) {
        return inserted(profiles, profile);
    }

    @Override
    public boolean insertAvatar(Avatar avatar) {
        return inserted(avatars, avatar);
    }

    private static <R> boolean inserted(Table<R> table, R row) {
        try {
            table.insert(row);
            return true;
        } catch (IntegrityException refused) {
            return false;
        }
    }

    @Override
    public boolean updateProfile(Profile profile) {
        try {
            profiles.update(profile);
            return true;
        } catch (IntegrityException refused) {
            return false;
        }
    }

    @Override
    public boolean deleteUser(long id) {
        try {
            users.delete(id);
            return true;
        } catch (DeleteRefusedException | NoSuchRowException refused) {
            return false;
        }
    }

    @Override
    public boolean deleteProfile(long id) {
        try {
            profiles.delete(id);
            return true;
        } catch (NoSuchRowException missing) {
            return false;
        }
    }

    @Override
    public void close() {
        // Nothing outside the heap.
    }
}
