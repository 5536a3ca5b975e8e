package dev.tether.bench.relations;

import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * The obvious hand-written multimap on Eclipse Collections, {@code LongObjectHashMap<LongHashSet>}:
 * every key with a value owns a default-sized {@code LongHashSet}, even for one value. What the
 * floor worlds use as a reverse index, and the "naive" row of {@link LinkFootprint}.
 */
final class FloorLinks {
    private FloorLinks() { }

    /** Adds {@code value} to the set of {@code key}, creating it; returns false if it was present. O(1). */
    static boolean link(LongObjectHashMap<LongHashSet> index, long key, long value) {
        return index.getIfAbsentPut(key, LongHashSet::new).add(value);
    }

    /** Removes {@code value} from the set of {@code key}, dropping an empty set; returns false if absent. O(1). */
    static boolean unlink(LongObjectHashMap<LongHashSet> index, long key, long value) {
        LongHashSet values = index.get(key);
        if (values == null || !values.remove(value)) {
            return false;
        }
        if (values.isEmpty()) {
            index.remove(key);
        }
        return true;
    }
}
