package dev.tether.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.tether.Ids;
import java.util.function.LongPredicate;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIIIII_Result;

/**
 * Issue 4, proof 3 (jcstress): the {@link StoreLock} read idiom loads the store's structures with
 * plain reads while a writer changes them: a table's {@link RowMap}, a one-to-one relation's
 * {@link LongIndex}, a {@link LongMultimap} (a many-to-one or many-to-many index) and the
 * {@link LongSet} of its big groups. Here the writer's one write makes each map and the set rehash into new arrays (each is filled to one below its resize threshold), so the
 * reader's probes race with the busiest change a map makes; it moves a multimap key's one value
 * into a group (from the multimap's single map to its group map, as a second value arrives); and
 * it removes the head of a three-key cluster of a second {@link RowMap}, so that the other two
 * shift back into the freed slots while the reader looks for them; and it adds the key that crowds
 * the low-bit homes of a third {@link RowMap}, which then rehashes in place to Fibonacci homes
 * (its home function and its keys change under the reader). A key present before and after the
 * write must be found by every validated read, whatever the reader saw on the way: a torn probe
 * (a missed key, a stale length, an index out of bounds) must be discarded by
 * {@link StoreLock#unchangedSince} and retried. Run by
 * {@code OptimisticReadJcstressTest}.
 */
@JCStressTest
@Outcome(id = "8, 8, 4, 2, 8, 1, 7", expect = ACCEPTABLE, desc = "every present key found: torn reads were retried")
@Outcome(expect = FORBIDDEN, desc = "a torn read escaped validation")
@State
public class OptimisticReadStress {
    private static final long PRESENT = 1234;
    /** Keys the write adds: each structure's next add crosses its resize threshold. */
    private static final long ADDED = 5_000;
    private static final int PREFILL = 8;
    private static final long PREFILL_STRIDE = 64;
    private static final int CROWDING_KEYS = 7;
    private static final long CROWDING_STRIDE = 32;

    private final StoreLock lock = new StoreLock();
    private final RowMap<String> rows = new RowMap<>(0);
    private final LongIndex index = new LongIndex(0);
    private final LongSet values = new LongSet(0);
    private final LongMultimap multimap = new LongMultimap();
    /** Three keys with one home slot of its 8: the write removes the first, the other two shift. */
    private final RowMap<String> cluster = new RowMap<>(4);
    private final long[] clustered = new long[3];
    /**
     * Seven keys with one low-bit home of its 32 slots, at total distance 21 from it, the most
     * {@link OpenHashKeys#CROWDED_AVERAGE} allows: the write's eighth switches the homes.
     */
    final RowMap<String> crowding = new RowMap<>(16);

    public OptimisticReadStress() {
        for (long k = 0; k < PREFILL; k++) {
            rows.put(PRESENT + PREFILL_STRIDE * k, "present");
            index.put(PRESENT + PREFILL_STRIDE * k, k + 1);
            multimap.put(PRESENT + PREFILL_STRIDE * k, k + 1);
        }
        for (long k = 0; k < PREFILL / 2; k++) {
            values.add(PRESENT + PREFILL_STRIDE * k);
        }
        int home = cluster.homeOf(PRESENT, OpenHashKeys.MIN_SLOTS - 1);
        int n = 0;
        for (long key = PRESENT; n < clustered.length; key++) {
            if (cluster.homeOf(key, OpenHashKeys.MIN_SLOTS - 1) == home) {
                clustered[n++] = key;
                cluster.put(key, "clustered");
            }
        }
        for (long k = 0; k < CROWDING_KEYS; k++) {
            crowding.put(PRESENT + CROWDING_STRIDE * k, "crowding");
        }
    }

    @Actor
    public void writer() {
        long stamp = lock.beginWrite("insert", "stress");
        try {
            for (long k = 0; k < 2; k++) {
                rows.put(ADDED + k, "added");
                index.put(ADDED + k, k + 1);
                values.add(ADDED + k);
                multimap.put(ADDED + k, k + 1);
            }
            multimap.put(PRESENT, ADDED);
            cluster.remove(clustered[0]);
            crowding.put(PRESENT + CROWDING_STRIDE * CROWDING_KEYS, "crowded");
        } finally {
            lock.endWrite(stamp);
        }
    }

    /**
     * Each optimistic read looks up every prefilled key, which widens its window over the
     * writer's rehash; each must find all of them.
     */
    @Actor
    public void reader(IIIIIII_Result r) {
        r.r1 = (int) optimistic(rows, PREFILL, (map, count, unused) -> found(count, PREFILL_STRIDE, key -> map.get(key) != null));
        r.r2 = (int) optimistic(index, PREFILL, (map, count, unused) -> found(count, PREFILL_STRIDE, key -> map.get(key) != Ids.NONE));
        r.r3 = (int) optimistic(values, PREFILL / 2, (set, count, unused) -> found(count, PREFILL_STRIDE, set::contains));
        r.r4 = (int) optimistic(cluster, 0, (map, unused, alsoUnused) ->
                (map.get(clustered[1]) != null ? 1 : 0) + (map.get(clustered[2]) != null ? 1 : 0));
        r.r5 = (int) optimistic(multimap, PREFILL, (map, count, unused) -> found(count, PREFILL_STRIDE, key -> map.count(key) > 0));
        r.r6 = (int) optimistic(multimap, 0, (map, unused, alsoUnused) -> map.contains(PRESENT, 1) ? 1 : 0);
        r.r7 = (int) optimistic(crowding, CROWDING_KEYS, (map, count, unused) ->
                found(count, CROWDING_STRIDE, key -> map.get(key) != null));
    }

    /** How many of the first {@code count} keys prefilled {@code stride} apart {@code present} says are there. */
    private static long found(long count, long stride, LongPredicate present) {
        long found = 0;
        for (long k = 0; k < count; k++) {
            found += present.test(PRESENT + stride * k) ? 1 : 0;
        }
        return found;
    }

    /** The {@link StoreLock} read idiom, as every read method of the store writes it out. */
    private <O> long optimistic(O owner, long count, StoreLock.ReadLong<O> read) {
        long stamp = lock.optimisticStamp();
        try {
            long found = read.apply(owner, count, 0);
            if (lock.unchangedSince(stamp)) {
                return found;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return lock.readLongLocked(owner, count, 0, read);
    }
}
