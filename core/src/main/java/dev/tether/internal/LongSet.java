package dev.tether.internal;

import dev.tether.Ids;

/**
 * A set of ids, never {@link Ids#NONE}: a {@link LongMultimap} group of more than
 * {@link LongMultimap#SMALL} values. {@link OpenHashKeys} alone, with no values array (8 bytes a
 * slot, as Eclipse Collections' {@code LongHashSet}); the value hooks have nothing to move, and a
 * slot's value is free exactly when its key is. Invariants P1 to P4 and the plain-read argument
 * are {@link OpenHashKeys}'s.
 */
final class LongSet extends OpenHashKeys {
    /** An empty set with room for {@code values} values before it resizes. */
    LongSet(int values) {
        super(values);
    }

    /** Whether {@code value} is in the set; false for {@link Ids#NONE}. O(1) expected; safe for optimistic readers. */
    boolean contains(long value) {
        long[] slots = keys;
        int slot = find(slots, value, fibonacci);
        return value != FREE && slots[slot] == value;
    }

    /**
     * Adds {@code value}; returns false if it was there. O(1) amortised.
     *
     * @throws IllegalArgumentException if {@code value} is {@link Ids#NONE} (the set is left as it was)
     */
    boolean add(long value) {
        if (value == FREE) {
            throw new IllegalArgumentException("set value refused: value=" + value);
        }
        int slot = slotOf(value);
        if (keys[slot] == value) {
            return false;
        }
        insertAt(slot, value);
        return true;
    }

    /** Removes {@code value}; returns false if it was not there. O(1) expected. */
    boolean remove(long value) {
        if (value == FREE) {
            return false;
        }
        int slot = slotOf(value);
        if (keys[slot] != value) {
            return false;
        }
        removeAt(slot);
        return true;
    }

    /** The values as a new array, in slot order. O(slots). */
    long[] toArray() {
        long[] values = new long[size()];
        int n = 0;
        for (long value : keys) {
            if (value != FREE) {
                values[n++] = value;
            }
        }
        return values;
    }

    @Override
    void moveValue(int from, int to) {
        // No values: the keys moved are the set.
    }

    @Override
    void freeValue(int slot) {
        // No values.
    }

    @Override
    Object newValues(int slots) {
        return null;
    }

    @Override
    void copyValue(int from, Object values, int slot) {
        // No values.
    }

    @Override
    void publishValues(Object values) {
        // No values.
    }

    @Override
    int valuesLength() {
        return keys.length;
    }

    @Override
    boolean valueIsFree(int slot) {
        return keys[slot] == FREE;
    }

    @Override
    String valueAt(int slot) {
        return "(none)";
    }
}
