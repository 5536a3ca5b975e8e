package dev.tether.internal;

import dev.tether.Ids;
import dev.tether.Table;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * The keys half of the store's own hash maps ({@link RowMap}: id to row, {@link LongIndex}: id
 * to id): open addressing over a {@code long[]} with linear probing and no tombstones. A
 * subclass keeps its values in a parallel array of the same length and moves them when this
 * class moves keys.
 *
 * <h2>Design</h2>
 * A free slot holds {@link Ids#NONE}, never a key. A key's home slot is the top bits of its
 * Fibonacci hash (the key times 2^64 / phi), so ids that share their low bits (multiples of
 * 1,024, say) spread as well as sequential or random ones. Removal shifts the following entries
 * of the cluster back instead of leaving a tombstone, so a map that sees many deletes probes as
 * fast as one that saw none, and never needs a cleanup rehash. The arrays double when a new key
 * would make them more than half full, and never shrink.
 *
 * <p>Why not Eclipse Collections' primitive maps (the store's first indexes; it still uses them
 * for scratch sets inside a write): their lookup inlines four probe stages, sentinel checks for keys 0 and 1 and a call to a
 * last stage. That call forces C2 to save every live register around it, and in the store's
 * optimistic reads, which keep a stamp and the lock live across the probe, the register
 * allocator often placed those saves on the hot path: getById at 10,000 rows ran 20 to 28 ns
 * against the raw map's 16, depending on the JVM run. {@link #find} is one probe and a short
 * loop with no call and no sentinel.
 *
 * <p>Costs: a lookup or an update is O(1) expected (at the half-full limit, 1.5 slots on average
 * for a hit, 2.5 for a miss); an insert is O(1) amortised (the doubling is O(size)); iteration is
 * O(slots). Memory: 8 bytes a slot for the key plus the subclass's value, 2 to 4 slots an entry.
 *
 * <h2>Invariants</h2>
 * Checked by {@link #checkInvariants}:
 * <ol>
 *   <li>P1: the keys and values arrays have the same power-of-two length, at least
 *       {@link #MIN_SLOTS}, and at most half the slots are used ({@code 2 * size <= length}).</li>
 *   <li>P2: a slot's key is {@link Ids#NONE} exactly when its value is the subclass's free value;
 *       {@code size} counts the other slots.</li>
 *   <li>P3: keys are distinct, and every key is reachable from its home slot: no free slot lies
 *       between them (cyclically).</li>
 * </ol>
 *
 * <h2>Plain reads by optimistic readers</h2>
 * Not thread-safe by itself: the store changes it only under the write lock, and its readers
 * either hold the read lock or read optimistically and validate ({@link StoreLock}). For an
 * optimistic reader, {@link #find} works on the one keys array it was given and masks every
 * index with that array's length, so it never indexes it out of bounds, and it visits each slot
 * at most once, so it ends whatever the writer does. The subclass reads its values array after
 * the match; if that array belongs to another generation (a resize ran meanwhile) the index may
 * be out of its bounds, an {@link ArrayIndexOutOfBoundsException} the read idiom discards. A
 * resize fills the new arrays before it publishes them, keys first. A wrong answer (a key missed
 * while a removal shifted it, a value of the old generation) is discarded by validation.
 */
abstract class OpenHashKeys {
    /** The smallest table: 8 slots, room for 4 entries. */
    static final int MIN_SLOTS = 8;
    /** The largest table: 2^30 slots, room for {@link Table#MAX_CAPACITY} (2^29) entries. */
    static final int MAX_SLOTS = 2 * Table.MAX_CAPACITY;
    static final long FREE = Ids.NONE;
    /** 2^64 / phi, odd: Fibonacci hashing. */
    private static final long PHI = 0x9E37_79B9_7F4A_7C15L;

    /** The keys; a subclass's lookup loads this field once and passes it to {@link #find}. */
    long[] keys;
    private int size;

    /** An empty map with room for {@code entries} entries; the subclass allocates its values for {@code keys.length}. */
    OpenHashKeys(int entries) {
        keys = freeSlots(slotsFor(entries));
    }

    /**
     * The slots that hold {@code entries} entries at most half full: the smallest power of two
     * at least twice {@code entries}, and at least {@link #MIN_SLOTS}.
     */
    static int slotsFor(int entries) {
        if (entries < 0 || entries > MAX_SLOTS / 2) {
            throw new IllegalArgumentException("entry count out of range: entries=" + entries + " min=0 max="
                    + MAX_SLOTS / 2);
        }
        return Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, 2 * entries - 1)) << 1);
    }

    /**
     * The home slot of {@code key} in a table of {@code mask + 1} slots (a power of two, 2^b):
     * the top b bits of the hash, so below {@code mask + 1} without masking.
     */
    static int home(long key, int mask) {
        return (int) ((key * PHI) >>> (32 + Integer.numberOfLeadingZeros(mask)));
    }

    /**
     * The slot of {@code key} in {@code slots}, or else the free slot where its probe ended (whose
     * value is the free value), so a lookup reads the value without a branch. -1 only if the probe
     * went all the way round without either, which a table at most half full never allows: an
     * optimistic reader that sees it is reading a torn state, and its values index fails, which
     * the read idiom discards. O(1) expected; visits each slot at most once. The loop steps a
     * masked index rather than a counter, so C2 neither unrolls nor strip-mines it: the lookup
     * stays small enough to inline where several are combined.
     */
    static int find(long[] slots, long key) {
        int mask = slots.length - 1;
        int start = home(key, mask);
        int slot = start;
        do {
            long found = slots[slot];
            if (found == key || found == FREE) {
                return slot;
            }
            slot = (slot + 1) & mask;
        } while (slot != start);
        return -1;
    }

    final int size() {
        return size;
    }

    /** Each key (a row's id, a set's value), in slot order. The caller must not change the map meanwhile. O(slots). */
    final void forEachKey(LongConsumer action) {
        for (long key : keys) {
            if (key != FREE) {
                action.accept(key);
            }
        }
    }

    /** The slot holding {@code key}, or the free slot where it would go (write path). */
    final int slotOf(long key) {
        return find(keys, key);
    }

    /**
     * Stores new {@code key}, whose {@link #slotOf} was {@code free}, doubling the arrays first
     * if it would make them more than half full; returns the slot for its value. The caller
     * has checked the key is not {@link Ids#NONE}.
     *
     * @throws IllegalStateException if the map already has {@link #MAX_SLOTS} slots (nothing changed)
     */
    final int insertAt(int free, long key) {
        int slot = free;
        if (2 * (size + 1) > keys.length) {
            if (keys.length == MAX_SLOTS) {
                throw new IllegalStateException("map full: size=" + size + " maxSlots=" + MAX_SLOTS);
            }
            resize(keys.length << 1);
            slot = slotOf(key);
        }
        keys[slot] = key;
        size++;
        return slot;
    }

    /** Removes the entry at {@code slot}, shifting the rest of its cluster back. O(cluster). */
    final void removeAt(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != FREE; next = (next + 1) & mask) {
            // The entry at next may fill the hole if the hole lies between its home and next.
            if (((next - home(keys[next], mask)) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                moveValue(next, hole);
                hole = next;
            }
        }
        keys[hole] = FREE;
        freeValue(hole);
        size--;
    }

    /**
     * Makes room for {@code entries} entries without resizing; returns whether it had to resize
     * (O(size)) or already had the room (O(1)).
     */
    final boolean ensureCapacity(int entries) {
        int slots = slotsFor(entries);
        if (slots <= keys.length) {
            return false;
        }
        resize(slots);
        return true;
    }

    /**
     * Moves every entry into new arrays of {@code slots} slots, filled before they are published,
     * keys first: an optimistic reader sees the old arrays, the new ones, or new keys with old
     * values, and validation discards all but a consistent pair.
     */
    private void resize(int slots) {
        long[] old = keys;
        long[] grown = freeSlots(slots);
        Object values = newValues(slots);
        int mask = slots - 1;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != FREE) {
                int slot = home(old[i], mask);
                while (grown[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = old[i];
                copyValue(i, values, slot);
            }
        }
        keys = grown;
        publishValues(values);
    }

    /** A {@code long[]} of {@code slots} {@link #FREE} entries: empty keys, or {@link LongIndex}'s empty values. */
    static long[] freeSlots(int slots) {
        long[] fresh = new long[slots];
        Arrays.fill(fresh, FREE);
        return fresh;
    }

    /** Moves the value at slot {@code from} to slot {@code to} of the same array. */
    abstract void moveValue(int from, int to);

    /** Sets the value at {@code slot} to the free value. */
    abstract void freeValue(int slot);

    /** A values array of {@code slots} free values, to be filled by {@link #copyValue}. */
    abstract Object newValues(int slots);

    /** Copies the value at {@code from} of the current array to {@code slot} of {@code values}. */
    abstract void copyValue(int from, Object values, int slot);

    /** Makes {@code values} (from {@link #newValues}, filled) the current array. */
    abstract void publishValues(Object values);

    /** The length of the values array. */
    abstract int valuesLength();

    /** Whether the value at {@code slot} is the free value. */
    abstract boolean valueIsFree(int slot);

    /** The value at {@code slot}, for messages. */
    abstract String valueAt(int slot);

    /**
     * The first broken invariant (P1 to P3) as a message naming the values involved, or null if
     * all hold. O(slots times the longest cluster).
     */
    final String checkInvariants() {
        int length = keys.length;
        if (valuesLength() != length || Integer.bitCount(length) != 1 || length < MIN_SLOTS || 2 * size > length) {
            return "P1 table shape: keys=" + length + " values=" + valuesLength() + " size=" + size;
        }
        int used = 0;
        int mask = length - 1;
        for (int i = 0; i < length; i++) {
            if ((keys[i] == FREE) != valueIsFree(i)) {
                return "P2 key and value disagree: slot=" + i + " key=" + keys[i] + " value=" + valueAt(i);
            }
            if (keys[i] != FREE) {
                used++;
                for (int slot = home(keys[i], mask); slot != i; slot = (slot + 1) & mask) {
                    if (keys[slot] == FREE || keys[slot] == keys[i]) {
                        return "P3 key unreachable or repeated: slot=" + i + " key=" + keys[i] + " gapOrCopyAt=" + slot;
                    }
                }
            }
        }
        return used == size ? null : "P2 size differs from the used slots: size=" + size + " used=" + used;
    }
}
