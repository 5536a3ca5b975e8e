package dev.tether;

import dev.tether.internal.TableCounts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a delete did: Django's {@code delete()} return value {@code (total, {table: count})}.
 * Counts deleted rows only (rows rewritten by SET_NULL or SET_DEFAULT are not deleted); tables
 * with no deleted row are left out. {@code perTable} follows the schema's table order.
 *
 * @param total the number of rows deleted, in all tables
 * @param perTable rows deleted per table name; unmodifiable
 */
public record DeleteResult(long total, Map<String, Long> perTable) {
    /**
     * Creates a result, copying {@code perTable} (the store's own results are immutable already
     * and kept as they are).
     *
     * @param total the number of rows deleted
     * @param perTable rows deleted per table name
     */
    public DeleteResult {
        perTable = perTable instanceof TableCounts
                ? perTable
                : Collections.unmodifiableMap(new LinkedHashMap<>(perTable));
    }

    /**
     * The number of rows deleted from one table.
     *
     * @param table a table name
     * @return the count, 0 if none
     */
    public long count(String table) {
        return perTable.getOrDefault(table, 0L);
    }
}
