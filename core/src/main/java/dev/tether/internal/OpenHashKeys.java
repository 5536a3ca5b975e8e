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
 * A free slot holds {@link Ids#NONE}, never a key. A key's home slot is first its own low bits
 * ({@code key & mask}), as in Eclipse Collections' maps: random and sequential ids spread
 * evenly that way, and the lookup's dependent chain (key, home, slot) has no multiply on it.
 * Ids that share their low bits (multiples of 1,024, say) would pile onto a few home slots, so
 * the map keeps the total distance of its keys from their homes, and once that passes
 * {@link #CROWDED_AVERAGE} slots a key, or one key lands more than {@link #LONGEST_PROBE} slots
 * from its home (a few hundred patterned ids among many random ones), it rehashes in place for
 * good to the top bits of the key's Fibonacci hash (the key times 2^64 / phi), which spreads
 * such ids as well as any other. Random ids at most half full average 0.5 (the worst of 2,000
 * draws at 8 keys, 2.25) with the farthest key 33 to 49 slots out at 2^20 keys; multiples of 8
 * average about 1.5, multiples of 16 about 3.5, multiples of 1,024 hundreds. The switch costs
 * one rehash of the table, at most once in its life. Removal shifts the following entries
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
 * for a hit, 2.5 for a miss; with low-bit homes at most 1 + {@link #CROWDED_AVERAGE} for a hit
 * on average and 1 + {@link #LONGEST_PROBE} at worst, whatever the ids); an insert is O(1) amortised (the doubling and the one switch
 * are O(size)); iteration is O(slots). Memory: 8 bytes a slot for the key plus the subclass's
 * value, 2 to 4 slots an entry.
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
 *   <li>P4: {@code displacement} is the sum over the keys of their distance from their home
 *       slot, and a map still on low-bit homes is not crowded: {@code displacement <=
 *       CROWDED_AVERAGE * size} and no key is more than {@link #LONGEST_PROBE} slots from its
 *       home.</li>
 * </ol>
 *
 * <h2>Plain reads by optimistic readers</h2>
 * Not thread-safe by itself: the store changes it only under the write lock, and its readers
 * either hold the read lock or read optimistically and validate ({@link StoreLock}). For an
 * optimistic reader, {@link #find} works on the one keys array it was given and masks every
 * index with that array's length, so it never indexes it out of bounds, and it visits each slot
 * at most once, so it ends whatever the writer does. The home function is read with the keys
 * (the {@code fibonacci} flag, a plain field); a reader that pairs the old keys with the new
 * flag, or the reverse, during the switch's rehash probes the wrong slots, a wrong answer like
 * the others below. The subclass reads its values array after
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
    /** The average distance of a key from its low-bit home slot past which the map switches to Fibonacci homes. */
    static final int CROWDED_AVERAGE = 3;
    /** The farthest a key may sit from its low-bit home slot before the map switches to Fibonacci homes. */
    static final int LONGEST_PROBE = 128;

    /** The keys; a subclass's lookup loads this field once and passes it to {@link #find}. */
    long[] keys;
    /**
     * Whether home slots are the top bits of the keys' Fibonacci hash (true) or their low bits
     * (false, the start); set once, under the write lock, just before the rehash it causes.
     */
    boolean fibonacci;
    private int size;
    /** The sum over the keys of their distance from their home slot (P4). */
    private long displacement;

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
     * with {@code fibonacci}, the top b bits of the hash, so below {@code mask + 1} without
     * masking; else the key's low b bits.
     */
    static int home(long key, int mask, boolean fibonacci) {
        return fibonacci ? (int) ((key * PHI) >>> (32 + Integer.numberOfLeadingZeros(mask))) : (int) key & mask;
    }

    /** The home slot of {@code key} in this map's current home function and {@code mask + 1} slots. */
    final int homeOf(long key, int mask) {
        return home(key, mask, fibonacci);
    }

    /** The distance of the key at {@code slot} from its home slot, in a table of {@code mask + 1} slots. */
    private int distanceFromHome(int slot, int mask) {
        return (slot - homeOf(keys[slot], mask)) & mask;
    }

    /**
     * The slot of {@code key} in {@code slots}, or else the free slot where its probe ended (whose
     * value is the free value), so a lookup reads the value without a branch. -1 only if the probe
     * went all the way round without either, which a table at most half full never allows: an
     * optimistic reader that sees it is reading a torn state, and its values index fails, which
     * the read idiom discards. O(1) expected; visits each slot at most once. The loop steps a
     * masked index rather than a counter, so C2 neither unrolls nor strip-mines it: the lookup
     * stays small enough to inline where several are combined. {@code fibonacci} is the map's
     * home function, read by the caller with {@code slots}.
     */
    static int find(long[] slots, long key, boolean fibonacci) {
        int mask = slots.length - 1;
        int start = home(key, mask, fibonacci);
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
        return find(keys, key, fibonacci);
    }

    /**
     * Stores new {@code key}, whose {@link #slotOf} was {@code free}, doubling the arrays first
     * if it would make them more than half full, or switching to Fibonacci homes first if it
     * would crowd the low-bit homes (P4); returns the slot for its value. The caller has checked
     * the key is not {@link Ids#NONE}.
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
        int mask = keys.length - 1;
        int distance = (slot - homeOf(key, mask)) & mask;
        if (crowded(displacement + distance, size + 1, distance)) {
            switchToFibonacciHomes();
            slot = slotOf(key);
            distance = (slot - homeOf(key, mask)) & mask;
        }
        keys[slot] = key;
        displacement += distance;
        size++;
        return slot;
    }

    /**
     * Whether {@code entries} keys at a total distance {@code distance} from low-bit homes, the
     * farthest {@code farthest} from its home, would break P4.
     */
    private boolean crowded(long distance, int entries, int farthest) {
        return !fibonacci && (distance > (long) CROWDED_AVERAGE * entries || farthest > LONGEST_PROBE);
    }

    /** Moves every entry to its Fibonacci home, in arrays of the same length, for good. O(size). */
    private void switchToFibonacciHomes() {
        fibonacci = true;
        rehash(keys.length);
    }

    /**
     * Removes the entry at {@code slot}, shifting the rest of its cluster back. O(cluster); O(size)
     * once if the keys left crowd their low-bit homes on average (a key near its home went, P4;
     * a removal never lengthens a probe), which switches them to Fibonacci homes.
     */
    final void removeAt(int slot) {
        int mask = keys.length - 1;
        long closer = distanceFromHome(slot, mask);
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != FREE; next = (next + 1) & mask) {
            // The entry at next may fill the hole if the hole lies between its home and next.
            int shift = (next - hole) & mask;
            if (distanceFromHome(next, mask) >= shift) {
                keys[hole] = keys[next];
                moveValue(next, hole);
                closer += shift;
                hole = next;
            }
        }
        keys[hole] = FREE;
        freeValue(hole);
        size--;
        displacement -= closer;
        if (crowded(displacement, size, 0)) {
            switchToFibonacciHomes();
        }
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
     * Moves every entry into new arrays of {@code slots} slots, then, if that crowds the low-bit
     * homes (P4), switches to Fibonacci homes and moves them again. O(size), at most twice.
     */
    private void resize(int slots) {
        if (crowded(displacement, size, rehash(slots))) {
            switchToFibonacciHomes();
        }
    }

    /**
     * Moves every entry into new arrays of {@code slots} slots by the current home function,
     * filled before they are published, keys first: an optimistic reader sees the old arrays, the
     * new ones, or new keys with old values, and validation discards all but a consistent pair.
     * Returns the farthest distance of a key from its home.
     */
    private int rehash(int slots) {
        long[] old = keys;
        long[] grown = freeSlots(slots);
        Object values = newValues(slots);
        int mask = slots - 1;
        long distance = 0;
        int farthest = 0;
        for (int i = 0; i < old.length; i++) {
            if (old[i] != FREE) {
                int home = homeOf(old[i], mask);
                int slot = home;
                while (grown[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                grown[slot] = old[i];
                copyValue(i, values, slot);
                int away = (slot - home) & mask;
                distance += away;
                farthest = Math.max(farthest, away);
            }
        }
        keys = grown;
        publishValues(values);
        displacement = distance;
        return farthest;
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
     * The first broken invariant (P1 to P4) as a message naming the values involved, or null if
     * all hold. O(slots times the longest cluster). {@link LongMultimap} extends it with its own.
     */
    String checkInvariants() {
        int length = keys.length;
        if (valuesLength() != length || Integer.bitCount(length) != 1 || length < MIN_SLOTS || 2 * size > length) {
            return "P1 table shape: keys=" + length + " values=" + valuesLength() + " size=" + size;
        }
        int used = 0;
        long distance = 0;
        int farthest = 0;
        int mask = length - 1;
        for (int i = 0; i < length; i++) {
            if ((keys[i] == FREE) != valueIsFree(i)) {
                return "P2 key and value disagree: slot=" + i + " key=" + keys[i] + " value=" + valueAt(i);
            }
            if (keys[i] != FREE) {
                used++;
                int away = distanceFromHome(i, mask);
                distance += away;
                farthest = Math.max(farthest, away);
                for (int slot = homeOf(keys[i], mask); slot != i; slot = (slot + 1) & mask) {
                    if (keys[slot] == FREE || keys[slot] == keys[i]) {
                        return "P3 key unreachable or repeated: slot=" + i + " key=" + keys[i] + " gapOrCopyAt=" + slot;
                    }
                }
            }
        }
        if (used != size) {
            return "P2 size differs from the used slots: size=" + size + " used=" + used;
        }
        if (distance != displacement || crowded(distance, size, farthest)) {
            return "P4 displacement wrong or low-bit homes crowded: displacement=" + displacement + " measured="
                    + distance + " size=" + size + " farthest=" + farthest + " fibonacci=" + fibonacci;
        }
        return null;
    }
}
