package dev.tether.internal;

import dev.tether.Ids;
import dev.tether.InvalidRowException;

/** The checks every row handed to the store passes before anything else looks at it. */
final class RowChecks {
    private RowChecks() {
    }

    /** Returns the row's id after checking it is non-null, of the table's type, and not reserved. */
    static <T> long validId(TableImpl<T> table, Object row) {
        if (row == null) {
            throw new InvalidRowException(table.name(), "row is null: table=" + table.name());
        }
        if (!table.rowType().isInstance(row)) {
            throw new InvalidRowException(table.name(), "row has the wrong type: table=" + table.name()
                    + " expected=" + table.rowType().getName() + " actual=" + row.getClass().getName());
        }
        long id = table.idOf(table.rowType().cast(row));
        if (id == Ids.NONE) {
            throw new InvalidRowException(table.name(), "row id is the reserved value Ids.NONE: table="
                    + table.name() + " id=" + id);
        }
        return id;
    }

    /** As {@link #validId}, and the id must be {@code expectedId}. */
    static <T> void requireId(TableImpl<T> table, Object row, long expectedId, String context) {
        long id = validId(table, row);
        if (id != expectedId) {
            throw new InvalidRowException(table.name(), context + " returned a row with another id: table="
                    + table.name() + " expectedId=" + expectedId + " actualId=" + id);
        }
    }
}
