package dev.tether.internal;

/**
 * The reads of a {@link LongMultimap} index made from outside the write lock: many-to-one
 * reverse indexes and both sides of many-to-many relations. Each is the {@link StoreLock} read
 * idiom (an optimistic attempt written out, the locked fallback shared), so a lookup costs the
 * map's own probes plus two reads of the lock state. Neither allocates.
 */
final class MultimapReads {
    private MultimapReads() { }

    /** The number of values of {@code key}: O(1). */
    static int count(StoreLock lock, LongMultimap map, long key) {
        long stamp = lock.optimisticStamp();
        try {
            int count = map.count(key);
            if (lock.unchangedSince(stamp)) {
                return count;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return (int) lock.readLongLocked(map, key, 0, (locked, k, unused) -> locked.count(k));
    }

    /** Whether {@code (key, value)} is present: O(1), or a scan of at most 8 values (M5). */
    static boolean contains(StoreLock lock, LongMultimap map, long key, long value) {
        long stamp = lock.optimisticStamp();
        try {
            boolean found = map.contains(key, value);
            if (lock.unchangedSince(stamp)) {
                return found;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return lock.readLongLocked(map, key, value, (locked, k, v) -> locked.contains(k, v) ? 1 : 0) != 0;
    }
}
