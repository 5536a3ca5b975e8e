package dev.tether.internal;

import dev.tether.Ids;
import org.eclipse.collections.api.block.procedure.primitive.LongLongProcedure;

/**
 * A {@code long -> long} map whose keys and values are ids, never {@link Ids#NONE}: a one-to-one
 * relation's reverse index (target id to source id), and a {@link LongMultimap}'s keys that have
 * one value. {@link OpenHashKeys} with the values in a
 * parallel {@code long[]}, NONE in a free slot. 16 bytes a slot, as Eclipse Collections'
 * {@code LongLongHashMap}. Invariants P1 to P4 and the plain-read argument are
 * {@link OpenHashKeys}'s.
 */
final class LongIndex extends OpenHashKeys {
    private long[] values;

    /** An empty index with room for {@code entries} entries before it resizes. */
    LongIndex(int entries) {
        super(entries);
        values = freeSlots(keys.length);
    }

    /** The value stored under {@code key}, or {@link Ids#NONE}. O(1) expected; safe for optimistic readers. */
    long get(long key) {
        return values[find(keys, key, fibonacci)];
    }

    /**
     * Stores {@code value} under {@code key}, returning the value it replaces or {@link Ids#NONE}.
     * O(1) amortised.
     *
     * @throws IllegalArgumentException if {@code key} or {@code value} is {@link Ids#NONE} (the
     *         index is left as it was)
     */
    long put(long key, long value) {
        if (key == FREE || value == FREE) {
            throw new IllegalArgumentException("index entry refused: key=" + key + " value=" + value);
        }
        int slot = slotOf(key);
        long previous = values[slot];
        if (previous == FREE) {
            slot = insertAt(slot, key);
        }
        values[slot] = value;
        return previous;
    }

    /** Removes the entry of {@code key} and returns its value, or {@link Ids#NONE} if there was none. O(1) expected. */
    long remove(long key) {
        int slot = slotOf(key);
        long previous = values[slot];
        if (previous != FREE) {
            removeAt(slot);
        }
        return previous;
    }

    /** Each (key, value) pair, in slot order. The caller must not change the index meanwhile. O(slots). */
    void forEachEntry(LongLongProcedure action) {
        long[] slots = keys;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != FREE) {
                action.value(slots[i], values[i]);
            }
        }
    }

    @Override
    void moveValue(int from, int to) {
        values[to] = values[from];
    }

    @Override
    void freeValue(int slot) {
        values[slot] = FREE;
    }

    @Override
    Object newValues(int slots) {
        return freeSlots(slots);
    }

    @Override
    void copyValue(int from, Object target, int slot) {
        ((long[]) target)[slot] = values[from];
    }

    @Override
    void publishValues(Object filled) {
        values = (long[]) filled;
    }

    @Override
    int valuesLength() {
        return values.length;
    }

    @Override
    boolean valueIsFree(int slot) {
        return values[slot] == FREE;
    }

    @Override
    String valueAt(int slot) {
        return Long.toString(values[slot]);
    }
}
