package dev.tether.internal;

import java.util.Arrays;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * The rows a delete has collected, in collection order, with a membership test. It doubles as
 * the delete's work queue. Small deletes (the common case: a row and a few dependents) test
 * membership by scanning a few array slots, which is cheaper than building hash sets; past
 * {@link #LINEAR_LIMIT} rows, one {@link LongHashSet} per table takes over, so a large cascade
 * stays O(1) per row.
 */
final class CollectedRows {
    static final int LINEAR_LIMIT = 16;
    private static final int INITIAL_CAPACITY = 8;
    /** The largest arrays {@link #clear} keeps for the next delete. */
    private static final int RETAINED_CAPACITY = 64;

    private final long[] counts;
    private TableImpl<?>[] tables = new TableImpl<?>[INITIAL_CAPACITY];
    private long[] ids = new long[INITIAL_CAPACITY];
    private Object[] rows = new Object[INITIAL_CAPACITY];
    private int size;
    /** Per table index; null until the plan grows past {@link #LINEAR_LIMIT}. */
    private LongHashSet[] sets;

    CollectedRows(int tableCount) {
        this.counts = new long[tableCount];
    }

    int size() {
        return size;
    }

    TableImpl<?> table(int i) {
        return tables[i];
    }

    long id(int i) {
        return ids[i];
    }

    Object row(int i) {
        return rows[i];
    }

    boolean contains(TableImpl<?> table, long id) {
        if (sets == null) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == id && tables[i] == table) {
                    return true;
                }
            }
            return false;
        }
        LongHashSet set = sets[table.index()];
        return set != null && set.contains(id);
    }

    /** Appends a row that {@link #contains} said is absent. */
    void add(TableImpl<?> table, long id, Object row) {
        if (size == ids.length) {
            int capacity = size * 2;
            tables = Arrays.copyOf(tables, capacity);
            ids = Arrays.copyOf(ids, capacity);
            rows = Arrays.copyOf(rows, capacity);
        }
        tables[size] = table;
        ids[size] = id;
        rows[size] = row;
        size++;
        if (sets != null) {
            addToSet(table, id);
        } else if (size > LINEAR_LIMIT) {
            sets = new LongHashSet[counts.length];
            for (int i = 0; i < size; i++) {
                addToSet(tables[i], ids[i]);
            }
        }
    }

    private void addToSet(TableImpl<?> table, long id) {
        LongHashSet set = sets[table.index()];
        if (set == null) {
            set = new LongHashSet();
            sets[table.index()] = set;
        }
        set.add(id);
    }

    /** Rows collected per table index, in an array this object reuses (valid until {@link #clear}). */
    long[] countsPerTable() {
        Arrays.fill(counts, 0L);
        for (int i = 0; i < size; i++) {
            counts[tables[i].index()]++;
        }
        return counts;
    }

    /**
     * Empties the collection for the next delete and drops every reference to a row. Arrays grown
     * by a large cascade are let go rather than kept, so one big delete does not pin memory.
     */
    void clear() {
        if (ids.length > RETAINED_CAPACITY) {
            tables = new TableImpl<?>[INITIAL_CAPACITY];
            ids = new long[INITIAL_CAPACITY];
            rows = new Object[INITIAL_CAPACITY];
        } else {
            Arrays.fill(tables, 0, size, null);
            Arrays.fill(rows, 0, size, null);
        }
        size = 0;
        sets = null;
    }
}
