package dev.tether.bench.relations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One private H2 in-memory database ({@code jdbc:h2:mem:}, a fresh name per instance) on one
 * connection in auto-commit mode, with the few JDBC helpers the H2 worlds share. Closing it drops
 * the database.
 */
final class H2Database implements AutoCloseable {
    /** Rows per JDBC batch when loading. */
    static final int BATCH = 10_000;
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final Connection connection;

    /** Opens a new database and runs {@code ddl}. */
    H2Database(String... ddl) throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:relations" + NAMES.incrementAndGet());
        execute(ddl);
    }

    /** Runs each statement in turn (DDL, such as the indexes and constraints added after a bulk load). */
    void execute(String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    /** Adds the current parameters of {@code insert} to its batch, executing it every {@link #BATCH} rows. */
    static void addToBatch(PreparedStatement insert, int rowsSoFar) throws SQLException {
        insert.addBatch();
        if ((rowsSoFar + 1) % BATCH == 0) {
            insert.executeBatch();
        }
    }

    /** Runs a query whose first column is a {@code long} and returns that of the first row, or 0 if none. */
    static long firstLong(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Runs a query whose first column is a {@code long} and returns the sum over all rows. */
    static long sumLongs(PreparedStatement query) throws SQLException {
        long sum = 0;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                sum += rows.getLong(1);
            }
        }
        return sum;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
