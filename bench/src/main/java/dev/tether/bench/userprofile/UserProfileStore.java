package dev.tether.bench.userprofile;

import dev.tether.bench.fixture.Avatar;
import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.User;

/**
 * One implementation of the user/profile schema (see {@link Shape}): the reads and checked writes
 * that every implementation offers in the same terms, so that {@link UserProfileWorld} composes
 * the benchmark operations once for all of them. A refused write returns {@code false} and
 * changes nothing; how the implementation refuses (an exception, a
 * hand-written check, an SQL constraint) is part of what is measured.
 *
 * <p>Integrity, as Tether enforces it: a profile names an existing user and no other profile
 * names the same user; an avatar names an existing profile and no other avatar names it.
 */
public interface UserProfileStore extends AutoCloseable {
    /**
     * Get by id.
     *
     * @param id a user id
     * @return the user, or null
     */
    User user(long id);

    /**
     * Forward lookup: the profile with that id, then the user it points at.
     *
     * @param profileId a profile id
     * @return the profile's user, or null if there is no such profile
     */
    User userOfProfile(long profileId);

    /**
     * Reverse lookup: the profile that points at a user.
     *
     * @param userId a user id
     * @return the user's profile, or null if it has none
     */
    Profile profileOfUser(long userId);

    /**
     * Inserts a user.
     *
     * @param user the row
     * @return false if refused (its id is taken)
     */
    boolean insertUser(User user);

    /**
     * Inserts a profile, with the relation's checks.
     *
     * @param profile the row
     * @return false if refused: id taken, user missing, or user already has a profile
     */
    boolean insertProfile(Profile profile);

    /**
     * Inserts an avatar (only in {@link Shape#CHAIN}), with the relation's checks.
     *
     * @param avatar the row
     * @return false if refused: id taken, profile missing, or profile already has an avatar
     */
    boolean insertAvatar(Avatar avatar);

    /**
     * Replaces the stored profile with the same id; a changed user id moves the link.
     *
     * @param profile the new version
     * @return false if refused: no such profile, or the new user is missing or claimed
     */
    boolean updateProfile(Profile profile);

    /**
     * Deletes a user and applies the shape's rule: cascade to its profile (and avatar), or
     * refuse while it has a profile.
     *
     * @param id a user id
     * @return false if refused (the user has a profile and the shape protects it) or missing
     */
    boolean deleteUser(long id);

    /**
     * Deletes a profile (and, in {@link Shape#CHAIN}, its avatar).
     *
     * @param id a profile id
     * @return false if there is no such profile
     */
    boolean deleteProfile(long id);

    /**
     * Loads every row of {@code data}: users, lone users, profiles, avatars. O(rows). An
     * implementation may override it with a faster bulk path that stores the same rows.
     *
     * @param data the rows
     * @throws IllegalStateException if a row is refused
     */
    default void load(UserProfileData data) {
        for (int i = 0; i < data.pairs(); i++) {
            require(insertUser(data.user(i)), "user", data.user(i).id());
        }
        for (int j = 0; j < data.loneUsers(); j++) {
            require(insertUser(data.loneUser(j)), "loneUser", data.loneUser(j).id());
        }
        for (int i = 0; i < data.pairs(); i++) {
            require(insertProfile(data.profile(i)), "profile", data.profile(i).id());
        }
        if (data.hasAvatars()) {
            for (int i = 0; i < data.pairs(); i++) {
                require(insertAvatar(data.avatar(i)), "avatar", data.avatar(i).id());
            }
        }
    }

    /** Releases what the implementation holds outside the heap (H2's connection); no checked exception. */
    @Override
    void close();

    private static void require(boolean accepted, String role, long id) {
        if (!accepted) {
            throw new IllegalStateException("load refused a row: role=" + role + " id=" + id);
        }
    }
}
