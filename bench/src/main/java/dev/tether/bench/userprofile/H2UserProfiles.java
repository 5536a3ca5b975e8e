package dev.tether.bench.userprofile;

import dev.tether.bench.fixture.Avatar;
import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.User;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;

/**
 * The user/profile schema in H2 in memory ({@code jdbc:h2:mem:}, a private database per
 * instance), read and written through prepared statements in auto-commit mode, every row read
 * materialised into the fixture records:
 * <pre>{@code
 * users(id BIGINT PRIMARY KEY, username VARCHAR)
 * profiles(id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL UNIQUE REFERENCES users(id)
 *          ON DELETE CASCADE, bio VARCHAR)                 -- ON DELETE RESTRICT when protected
 * avatars(id BIGINT PRIMARY KEY, profile_id BIGINT NOT NULL UNIQUE REFERENCES profiles(id)
 *         ON DELETE CASCADE, url VARCHAR)                  -- only in Shape.CHAIN
 * }</pre>
 * A refusal is H2's {@link SQLIntegrityConstraintViolationException}, caught here. Not
 * thread-safe (one connection).
 */
public final class H2UserProfiles implements UserProfileStore {
    private static final int LOAD_BATCH = 10_000;

    private final Connection connection;
    private final PreparedStatement selectUser;
    private final PreparedStatement selectUserOfProfile;
    private final PreparedStatement selectProfileOfUser;
    private final PreparedStatement insertUser;
    private final PreparedStatement insertProfile;
    private final PreparedStatement insertAvatar;
    private final PreparedStatement updateProfile;
    private final PreparedStatement deleteUser;
    private final PreparedStatement deleteProfile;

    /**
     * A new, empty private in-memory database of {@code shape}.
     *
     * @param shape the schema
     * @throws IllegalStateException if H2 fails
     */
    public H2UserProfiles(Shape shape) {
        try {
            connection = DriverManager.getConnection("jdbc:h2:mem:");
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE users(id BIGINT PRIMARY KEY, username VARCHAR)");
                ddl.execute("CREATE TABLE profiles(id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL UNIQUE"
                        + " REFERENCES users(id) ON DELETE " + (shape.cascades() ? "CASCADE" : "RESTRICT")
                        + ", bio VARCHAR)");
                if (shape.avatars()) {
                    ddl.execute("CREATE TABLE avatars(id BIGINT PRIMARY KEY, profile_id BIGINT NOT NULL UNIQUE"
                            + " REFERENCES profiles(id) ON DELETE CASCADE, url VARCHAR)");
                }
            }
            selectUser = connection.prepareStatement("SELECT id, username FROM users WHERE id = ?");
            selectUserOfProfile = connection.prepareStatement(
                    "SELECT u.id, u.username FROM profiles p JOIN users u ON u.id = p.user_id WHERE p.id = ?");
            selectProfileOfUser = connection.prepareStatement("SELECT id, user_id, bio FROM profiles WHERE user_id = ?");
            insertUser = connection.prepareStatement("INSERT INTO users(id, username) VALUES (?, ?)");
            insertProfile = connection.prepareStatement("INSERT INTO profiles(id, user_id, bio) VALUES (?, ?, ?)");
            insertAvatar = shape.avatars()
                    ? connection.prepareStatement("INSERT INTO avatars(id, profile_id, url) VALUES (?, ?, ?)")
                    : null;
            updateProfile = connection.prepareStatement("UPDATE profiles SET user_id = ?, bio = ? WHERE id = ?");
            deleteUser = connection.prepareStatement("DELETE FROM users WHERE id = ?");
            deleteProfile = connection.prepareStatement("DELETE FROM profiles WHERE id = ?");
        } catch (SQLException e) {
            throw failure("open", e);
        }
    }

    @Override
    public User user(long id) {
        return selectUser(selectUser, id, "user");
    }

    @Override
    public User userOfProfile(long profileId) {
        return selectUser(selectUserOfProfile, profileId, "userOfProfile");
    }

    @Override
    public Profile profileOfUser(long userId) {
        try {
            selectProfileOfUser.setLong(1, userId);
            try (ResultSet row = selectProfileOfUser.executeQuery()) {
                return row.next() ? new Profile(row.getLong(1), row.getLong(2), row.getString(3)) : null;
            }
        } catch (SQLException e) {
            throw failure("profileOfUser", e);
        }
    }

    private static User selectUser(PreparedStatement query, long key, String operation) {
        try {
            query.setLong(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new User(row.getLong(1), row.getString(2)) : null;
            }
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    @Override
    public boolean insertUser(User user) {
        bindUser(user);
        return executed(insertUser, "insertUser");
    }

    @Override
    public boolean insertProfile(Profile profile) {
        bindProfile(profile);
        return executed(insertProfile, "insertProfile");
    }

    @Override
    public boolean insertAvatar(Avatar avatar) {
        bindAvatar(avatar);
        return executed(insertAvatar, "insertAvatar");
    }

    @Override
    public boolean updateProfile(Profile profile) {
        try {
            updateProfile.setLong(1, profile.userId());
            updateProfile.setString(2, profile.bio());
            updateProfile.setLong(3, profile.id());
        } catch (SQLException e) {
            throw failure("updateProfile", e);
        }
        return executed(updateProfile, "updateProfile");
    }

    @Override
    public boolean deleteUser(long id) {
        bindId(deleteUser, id, "deleteUser");
        return executed(deleteUser, "deleteUser");
    }

    @Override
    public boolean deleteProfile(long id) {
        bindId(deleteProfile, id, "deleteProfile");
        return executed(deleteProfile, "deleteProfile");
    }

    /** Runs a bound write; false if a constraint refused it or it touched no row. */
    private static boolean executed(PreparedStatement statement, String operation) {
        try {
            return statement.executeUpdate() == 1;
        } catch (SQLIntegrityConstraintViolationException refused) {
            return false;
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    private static void bindId(PreparedStatement statement, long id, String operation) {
        try {
            statement.setLong(1, id);
        } catch (SQLException e) {
            throw failure(operation, e);
        }
    }

    /** The same rows as the default load, in batches of {@value #LOAD_BATCH} inside transactions. */
    @Override
    public void load(UserProfileData data) {
        try {
            connection.setAutoCommit(false);
            for (int i = 0; i < data.pairs(); i++) {
                bindUser(data.user(i));
                addToBatch(insertUser, i);
            }
            for (int j = 0; j < data.loneUsers(); j++) {
                bindUser(data.loneUser(j));
                addToBatch(insertUser, j);
            }
            insertUser.executeBatch();
            for (int i = 0; i < data.pairs(); i++) {
                bindProfile(data.profile(i));
                addToBatch(insertProfile, i);
            }
            insertProfile.executeBatch();
            if (data.hasAvatars()) {
                for (int i = 0; i < data.pairs(); i++) {
                    bindAvatar(data.avatar(i));
                    addToBatch(insertAvatar, i);
                }
                insertAvatar.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure("load", e);
        }
    }

    private void addToBatch(PreparedStatement statement, int n) throws SQLException {
        statement.addBatch();
        if ((n + 1) % LOAD_BATCH == 0) {
            statement.executeBatch();
            connection.commit();
        }
    }

    private void bindUser(User user) {
        try {
            insertUser.setLong(1, user.id());
            insertUser.setString(2, user.username());
        } catch (SQLException e) {
            throw failure("bindUser", e);
        }
    }

    private void bindProfile(Profile profile) {
        try {
            insertProfile.setLong(1, profile.id());
            insertProfile.setLong(2, profile.userId());
            insertProfile.setString(3, profile.bio());
        } catch (SQLException e) {
            throw failure("bindProfile", e);
        }
    }

    private void bindAvatar(Avatar avatar) {
        try {
            insertAvatar.setLong(1, avatar.id());
            insertAvatar.setLong(2, avatar.profileId());
            insertAvatar.setString(3, avatar.url());
        } catch (SQLException e) {
            throw failure("bindAvatar", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private static IllegalStateException failure(String operation, SQLException e) {
        return new IllegalStateException("H2 failed: operation=" + operation + " sqlState=" + e.getSQLState(), e);
    }
}
