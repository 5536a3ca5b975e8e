package dev.tether.internal;

import dev.tether.Ids;
import java.util.function.Consumer;

/**
 * A table's rows by id: {@link OpenHashKeys} with the rows in a parallel {@code Object[]}, null
 * in a free slot (rows are never null). 12 bytes a slot with compressed references, as Eclipse
 * Collections' {@code LongObjectHashMap}. Invariants P1 to P4 and the plain-read argument are
 * {@link OpenHashKeys}'s. Not final only because {@link LongMultimap} keeps its groups in its
 * own entries.
 *
 * @param <V> the row type
 */
class RowMap<V> extends OpenHashKeys {
    private Object[] values;

    /** An empty map with room for {@code rows} rows before it resizes. */
    RowMap(int rows) {
        super(rows);
        values = new Object[keys.length];
    }

    /** The row stored under {@code key}, or null. O(1) expected; safe for optimistic readers. */
    @SuppressWarnings("unchecked")
    V get(long key) {
        return (V) values[find(keys, key, fibonacci)];
    }

    /** Whether a row is stored under {@code key}. O(1) expected. */
    boolean containsKey(long key) {
        return get(key) != null;
    }

    /**
     * Stores {@code row} under {@code key}, returning the row it replaces or null. O(1) amortised.
     *
     * @throws IllegalArgumentException if {@code key} is {@link Ids#NONE} or {@code row} is null
     *         (the map is left as it was)
     */
    @SuppressWarnings("unchecked")
    V put(long key, V row) {
        if (key == FREE || row == null) {
            throw new IllegalArgumentException("row map entry refused: key=" + key + " row=" + row);
        }
        int slot = slotOf(key);
        V previous = (V) values[slot];
        if (previous == null) {
            slot = insertAt(slot, key);
        }
        values[slot] = row;
        return previous;
    }

    /** Removes the row stored under {@code key} and returns it, or null if there was none. O(1) expected. */
    @SuppressWarnings("unchecked")
    V remove(long key) {
        int slot = slotOf(key);
        V previous = (V) values[slot];
        if (previous != null) {
            removeAt(slot);
        }
        return previous;
    }

    /** Each row, in slot order. The caller must not change the map meanwhile. O(slots). */
    @SuppressWarnings("unchecked")
    void forEachValue(Consumer<? super V> action) {
        for (Object row : values) {
            if (row != null) {
                action.accept((V) row);
            }
        }
    }

    /** A visitor of (id, row) pairs. */
    @FunctionalInterface
    interface EntryVisitor<V> {
        void accept(long id, V row);
    }

    /** Each (id, row) pair, in slot order. The caller must not change the map meanwhile. O(slots). */
    @SuppressWarnings("unchecked")
    void forEachEntry(EntryVisitor<? super V> action) {
        long[] slots = keys;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != FREE) {
                action.accept(slots[i], (V) values[i]);
            }
        }
    }

    @Override
    void moveValue(int from, int to) {
        values[to] = values[from];
    }

    @Override
    void freeValue(int slot) {
        values[slot] = null;
    }

    @Override
    Object newValues(int slots) {
        return new Object[slots];
    }

    @Override
    void copyValue(int from, Object target, int slot) {
        ((Object[]) target)[slot] = values[from];
    }

    @Override
    void publishValues(Object filled) {
        values = (Object[]) filled;
    }

    @Override
    int valuesLength() {
        return values.length;
    }

    @Override
    boolean valueIsFree(int slot) {
        return values[slot] == null;
    }

    @Override
    String valueAt(int slot) {
        return String.valueOf(values[slot]);
    }
}
