package dev.tether.internal;

import dev.tether.Ids;
import java.util.function.LongConsumer;
import org.eclipse.collections.api.block.procedure.primitive.LongLongProcedure;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * A compact {@code long -> set of long} multimap: the reverse index of a many-to-one relation and
 * both directions of a many-to-many relation.
 *
 * <h2>Design</h2>
 * Most keys have one value (one album per artist, one tag per post), so a key with one value
 * costs one entry of a {@link LongLongHashMap}, exactly what a one-to-one index costs, and no
 * object of its own. A key's second value moves both into a {@link LongHashSet} held by a
 * {@link LongObjectHashMap}; removing down to one value moves it back. So a key with one value
 * never costs a set, and a key with millions is iterated in place, never copied. Membership and
 * count are O(1); iteration is O(values) in the set's hash order, which is unspecified.
 *
 * <h2>Invariants</h2>
 * Checked by {@link #checkInvariants}:
 * <ol>
 *   <li>M1: no key is in both {@code single} and {@code many}.</li>
 *   <li>M2: every set in {@code many} has at least two values.</li>
 *   <li>M3: {@code size} is the number of (key, value) pairs.</li>
 *   <li>M4: no key or value is {@link Ids#NONE}.</li>
 * </ol>
 */
final class LongMultimap {
    private final LongLongHashMap single = new LongLongHashMap();
    private final LongObjectHashMap<LongHashSet> many = new LongObjectHashMap<>();
    private long size;

    /** Adds the pair; returns false if it was present. */
    boolean put(long key, long value) {
        LongHashSet set = many.get(key);
        if (set != null) {
            boolean added = set.add(value);
            size += added ? 1 : 0;
            return added;
        }
        long only = single.getIfAbsent(key, Ids.NONE);
        if (only == value) {
            return false;
        }
        if (only == Ids.NONE) {
            single.put(key, value);
        } else {
            single.remove(key);
            set = new LongHashSet(4);
            set.add(only);
            set.add(value);
            many.put(key, set);
        }
        size++;
        return true;
    }

    /** Removes the pair; returns false if it was absent. */
    boolean remove(long key, long value) {
        LongHashSet set = many.get(key);
        if (set == null) {
            if (single.getIfAbsent(key, Ids.NONE) != value) {
                return false;
            }
            single.remove(key);
            size--;
            return true;
        }
        if (!set.remove(value)) {
            return false;
        }
        if (set.size() == 1) {
            many.remove(key);
            single.put(key, set.longIterator().next());
        }
        size--;
        return true;
    }

    boolean contains(long key, long value) {
        LongHashSet set = many.get(key);
        return set != null ? set.contains(value) : single.getIfAbsent(key, Ids.NONE) == value;
    }

    int count(long key) {
        LongHashSet set = many.get(key);
        if (set != null) {
            return set.size();
        }
        return single.containsKey(key) ? 1 : 0;
    }

    /** Calls {@code action} with each value of {@code key}; the action must not modify this map. */
    void forEach(long key, LongConsumer action) {
        LongHashSet set = many.get(key);
        if (set != null) {
            set.forEach(action::accept);
            return;
        }
        long only = single.getIfAbsent(key, Ids.NONE);
        if (only != Ids.NONE) {
            action.accept(only);
        }
    }

    /** The values of {@code key} as a new array, for callers that modify this map while visiting. */
    long[] values(long key) {
        LongHashSet set = many.get(key);
        if (set != null) {
            return set.toArray();
        }
        long only = single.getIfAbsent(key, Ids.NONE);
        return only == Ids.NONE ? new long[0] : new long[] {only};
    }

    /** Calls {@code action} with every (key, value) pair; the action must not modify this map. */
    void forEachPair(LongLongProcedure action) {
        single.forEachKeyValue(action);
        many.forEachKeyValue((key, set) -> set.forEach(value -> action.value(key, value)));
    }

    long size() {
        return size;
    }

    /** Returns a description of the first broken invariant, or null. */
    String checkInvariants() {
        long[] counted = {0};
        String[] broken = {null};
        single.forEachKeyValue((key, value) -> {
            counted[0]++;
            if (many.containsKey(key)) {
                broken[0] = "M1 key in both single and many: key=" + key;
            }
            if (key == Ids.NONE || value == Ids.NONE) {
                broken[0] = "M4 reserved id stored: key=" + key + " value=" + value;
            }
        });
        many.forEachKeyValue((key, set) -> {
            counted[0] += set.size();
            if (set.size() < 2) {
                broken[0] = "M2 set with fewer than two values: key=" + key + " size=" + set.size();
            }
            if (key == Ids.NONE || set.contains(Ids.NONE)) {
                broken[0] = "M4 reserved id stored: key=" + key;
            }
        });
        if (broken[0] == null && counted[0] != size) {
            broken[0] = "M3 size disagrees: size=" + size + " counted=" + counted[0];
        }
        return broken[0];
    }
}
