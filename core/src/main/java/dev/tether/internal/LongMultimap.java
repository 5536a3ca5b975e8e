package dev.tether.internal;

import dev.tether.Ids;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.eclipse.collections.api.block.procedure.primitive.LongLongProcedure;

/**
 * A compact {@code long -> set of long} multimap: the reverse index of a many-to-one relation and
 * both directions of a many-to-many relation.
 *
 * <h2>Design</h2>
 * Most keys have one value (one album per artist, one tag per post), so a key with one value
 * costs one entry of a {@link LongIndex}, exactly what a one-to-one index costs, and no
 * object of its own. A key's second value moves both into a <em>group</em>, this map's own
 * entry for the key (see below): up to {@link #SMALL} values, a small {@code long[]} (2, 4 or 8 slots,
 * values packed at the front, free slots {@link Ids#NONE}, which is never a value), scanned
 * linearly and changed in place; beyond that a {@link LongSet}, which falls back to an array
 * when it shrinks to {@link #SHRINK} values (the gap between the two thresholds stops a key that
 * hovers at one of them from converting on every write), and removing down to one value moves it
 * back into the single map. So a key with one value never costs a group, a key with two costs a
 * 32-byte array instead of a set of about 120 bytes (which would put two dependents per key at
 * more than twice the one-to-one cost per link), and a key with millions is a hash set iterated in
 * place, never copied. Membership and count are O(1) (at most {@link #SMALL} slots for an array);
 * iteration is O(values) in an unspecified order. The maps and the sets are the store's own
 * ({@link OpenHashKeys}), so a count is at most two short probes with no call, as a one-to-one
 * lookup is, a membership test at most three, and iteration hands the caller's consumer the
 * values with no adapter (nothing allocated).
 *
 * <p>The groups are this class's own entries: it extends {@link RowMap} instead of holding one,
 * so that a count or a membership test probes this object's arrays with one pointer hop fewer
 * (on a count of a key with 10,000 values that hop was 0.5 ns of 5.1, measured in one JVM
 * against the floor's {@code LongObjectHashMap}). Its callers use only the multimap operations
 * below; the inherited {@code get}, {@code put} and {@code remove} move whole groups and are this
 * class's own.
 *
 * <p>Tables do not shrink when keys leave: a {@code single} map that once held many keys, or a
 * set that once held many values, keeps its table.
 *
 * <h2>Invariants</h2>
 * Checked by {@link #checkInvariants}:
 * <ol>
 *   <li>M1: no key is in both {@code single} and the groups.</li>
 *   <li>M2: every group has at least two values.</li>
 *   <li>M3: {@code pairCount} is the number of (key, value) pairs.</li>
 *   <li>M4: no key or value is {@link Ids#NONE} (in an array group, NONE marks a free slot).</li>
 *   <li>M5: an array group has at most {@link #SMALL} slots, its values distinct and packed at the
 *       front, every slot after them NONE; a set group has more than {@link #SHRINK} values.</li>
 *   <li>M6: {@code single}, the groups' map and every set group keep {@link OpenHashKeys}' invariants P1 to P4.</li>
 * </ol>
 */
final class LongMultimap extends RowMap<Object> {
    /** The most values an array group holds; one more moves the group into a set. */
    static final int SMALL = 8;
    /** A set group that falls to this many values moves back into an array. */
    static final int SHRINK = SMALL / 2;

    /** Key to its one value. */
    private final LongIndex single = new LongIndex(0);
    private long pairCount;

    /** An empty multimap; the groups' map (key to a {@code long[]} (M5) or a {@link LongSet}) starts at its minimum. */
    LongMultimap() {
        super(0);
    }

    /** Adds the pair; returns false if it was present. */
    boolean put(long key, long value) {
        Object group = super.get(key);
        boolean added;
        if (group instanceof long[] values) {
            added = putInArray(key, values, value);
        } else if (group != null) {
            added = ((LongSet) group).add(value);
        } else {
            added = putInSingle(key, value);
        }
        pairCount += added ? 1 : 0;
        return added;
    }

    private boolean putInSingle(long key, long value) {
        long only = single.get(key);
        if (only == value) {
            return false;
        }
        if (only == Ids.NONE) {
            single.put(key, value);
        } else {
            single.remove(key);
            super.put(key, new long[] {only, value});
        }
        return true;
    }

    private boolean putInArray(long key, long[] values, long value) {
        int count = countOf(values);
        if (indexOf(values, count, value) >= 0) {
            return false;
        }
        if (count < values.length) {
            values[count] = value;
        } else if (values.length < SMALL) {
            long[] grown = Arrays.copyOf(values, values.length * 2);
            Arrays.fill(grown, count + 1, grown.length, Ids.NONE);
            grown[count] = value;
            super.put(key, grown);
        } else {
            LongSet set = new LongSet(SMALL + 1);
            for (long present : values) {
                set.add(present);
            }
            set.add(value);
            super.put(key, set);
        }
        return true;
    }

    /** Removes the pair; returns false if it was absent (always for {@link Ids#NONE}, never a value: M4). */
    boolean remove(long key, long value) {
        if (value == Ids.NONE) {
            return false;
        }
        Object group = super.get(key);
        boolean removed;
        if (group instanceof long[] values) {
            removed = removeFromArray(key, values, value);
        } else if (group != null) {
            LongSet set = (LongSet) group;
            removed = set.remove(value);
            if (removed && set.size() == SHRINK) {
                super.put(key, set.toArray());
            }
        } else {
            removed = single.get(key) == value;
            if (removed) {
                single.remove(key);
            }
        }
        pairCount -= removed ? 1 : 0;
        return removed;
    }

    private boolean removeFromArray(long key, long[] values, long value) {
        int count = countOf(values);
        int at = indexOf(values, count, value);
        if (at < 0) {
            return false;
        }
        if (count == 2) {
            super.remove(key);
            single.put(key, values[1 - at]);
        } else {
            values[at] = values[count - 1];
            values[count - 1] = Ids.NONE;
        }
        return true;
    }

    /** Whether the pair is present; false for {@link Ids#NONE}, which is never a value (M4). */
    boolean contains(long key, long value) {
        if (value == Ids.NONE) {
            return false;
        }
        Object group = super.get(key);
        if (group instanceof long[] values) {
            return holds(values, value);
        }
        if (group != null) {
            return ((LongSet) group).contains(value);
        }
        return single.get(key) == value;
    }

    int count(long key) {
        Object group = super.get(key);
        if (group != null) {
            return sizeOf(group);
        }
        return single.get(key) == Ids.NONE ? 0 : 1;
    }

    /** Calls {@code action} with each value of {@code key}; the action must not modify this map. */
    void forEach(long key, LongConsumer action) {
        Object group = super.get(key);
        if (group != null) {
            forEachIn(group, action);
            return;
        }
        long only = single.get(key);
        if (only != Ids.NONE) {
            action.accept(only);
        }
    }

    /** The values of {@code key} as a new array, for callers that modify this map while visiting. */
    long[] values(long key) {
        Object group = super.get(key);
        if (group instanceof long[] values) {
            return Arrays.copyOf(values, countOf(values));
        }
        if (group != null) {
            return ((LongSet) group).toArray();
        }
        long only = single.get(key);
        return only == Ids.NONE ? new long[0] : new long[] {only};
    }

    /** Calls {@code action} with every (key, value) pair; the action must not modify this map. */
    void forEachPair(LongLongProcedure action) {
        single.forEachEntry(action);
        forEachEntry((key, group) -> forEachIn(group, value -> action.value(key, value)));
    }

    /** The number of (key, value) pairs. */
    long pairCount() {
        return pairCount;
    }

    /** The number of values in an array group: the index of its first free slot. */
    private static int countOf(long[] values) {
        int count = 0;
        while (count < values.length && values[count] != Ids.NONE) {
            count++;
        }
        return count;
    }

    /**
     * Whether an array group holds {@code value} (never {@link Ids#NONE}): every slot compared,
     * with no early exit. The match sits at a random slot, so an early exit would be a branch
     * mispredicted about every time, dearer than comparing all of at most {@link #SMALL} slots.
     */
    private static boolean holds(long[] values, long value) {
        boolean found = false;
        for (long slot : values) {
            found |= slot == value;
        }
        return found;
    }

    /** The slot of {@code value} among the first {@code count} slots, or -1; stops at a free slot. */
    private static int indexOf(long[] values, int count, long value) {
        for (int i = 0; i < count && values[i] != Ids.NONE; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static int sizeOf(Object group) {
        return group instanceof long[] values ? countOf(values) : ((LongSet) group).size();
    }

    private static void forEachIn(Object group, LongConsumer action) {
        if (group instanceof long[] values) {
            for (int i = 0; i < values.length && values[i] != Ids.NONE; i++) {
                action.accept(values[i]);
            }
        } else {
            ((LongSet) group).forEachKey(action);
        }
    }

    /** Returns a description of the first broken invariant, or null. */
    @Override
    String checkInvariants() {
        String maps = single.checkInvariants();
        if (maps == null) {
            maps = super.checkInvariants();
        }
        if (maps != null) {
            return "M6 " + maps;
        }
        long[] counted = {0};
        String[] broken = {null};
        single.forEachEntry((key, value) -> {
            counted[0]++;
            if (containsKey(key)) {
                broken[0] = "M1 key in both single and the groups: key=" + key;
            }
            if (key == Ids.NONE || value == Ids.NONE) {
                broken[0] = "M4 reserved id stored: key=" + key + " value=" + value;
            }
        });
        forEachEntry((key, group) -> {
            int groupSize = sizeOf(group);
            counted[0] += groupSize;
            if (groupSize < 2) {
                broken[0] = "M2 group with fewer than two values: key=" + key + " size=" + groupSize;
            }
            if (key == Ids.NONE) {
                broken[0] = "M4 reserved id stored: key=" + key;
            }
            String shape = group instanceof long[] values ? checkArray(values) : checkSet((LongSet) group);
            if (shape != null) {
                broken[0] = shape + " key=" + key;
            }
        });
        if (broken[0] == null && counted[0] != pairCount) {
            broken[0] = "M3 pair count disagrees: pairCount=" + pairCount + " counted=" + counted[0];
        }
        return broken[0];
    }

    private static String checkArray(long[] values) {
        int count = countOf(values);
        if (values.length > SMALL) {
            return "M5 array group too long: slots=" + values.length + " small=" + SMALL;
        }
        for (int i = count; i < values.length; i++) {
            if (values[i] != Ids.NONE) {
                return "M5 array group not packed: slot=" + i + " count=" + count;
            }
        }
        for (int i = 1; i < count; i++) {
            if (indexOf(values, i, values[i]) >= 0) {
                return "M5 array group repeats a value: value=" + values[i];
            }
        }
        return null;
    }

    private static String checkSet(LongSet set) {
        String broken = set.checkInvariants();
        if (broken != null) {
            return "M6 set group: " + broken;
        }
        return set.size() > SHRINK ? null : "M5 set group too small: size=" + set.size() + " shrink=" + SHRINK;
    }
}
