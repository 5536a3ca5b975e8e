package dev.tether.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import dev.tether.Ids;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Issue 4, proof 3 (jcstress): the {@link StoreLock} read idiom loads the three Eclipse
 * Collections structures the store uses with plain reads while a writer changes them. Here the
 * writer's one write makes each of them rehash into new arrays (the state is filled to one
 * below the resize threshold), so the reader's probes race with the busiest change a map makes.
 * A key present before and after the write must be found by every validated read, whatever the
 * reader saw on the way: a torn probe (a missed key, a stale length, an index out of bounds)
 * must be discarded by {@link java.util.concurrent.locks.StampedLock#validate} and retried.
 * Run by {@code JcstressTest}.
 */
@JCStressTest
@Outcome(id = "8, 8, 4", expect = ACCEPTABLE, desc = "every present key found: torn reads were retried")
@Outcome(expect = FORBIDDEN, desc = "a torn read escaped validation")
@State
public class OptimisticReadStress {
    private static final long PRESENT = 1234;
    /** Keys the write adds: each structure's next add crosses its resize threshold. */
    private static final long ADDED = 5_000;
    private static final int PREFILL = 8;

    private final StoreLock lock = new StoreLock();
    private final LongObjectHashMap<String> rows = new LongObjectHashMap<>();
    private final LongLongHashMap reverse = new LongLongHashMap();
    private final LongHashSet values = new LongHashSet(4);

    public OptimisticReadStress() {
        for (long k = 0; k < PREFILL; k++) {
            rows.put(PRESENT + 64 * k, "present");
            reverse.put(PRESENT + 64 * k, k + 1);
        }
        for (long k = 0; k < PREFILL / 2; k++) {
            values.add(PRESENT + 64 * k);
        }
    }

    @Actor
    public void writer() {
        long stamp = lock.beginWrite("insert", "stress");
        try {
            for (long k = 0; k < 2; k++) {
                rows.put(ADDED + k, "added");
                reverse.put(ADDED + k, k);
                values.add(ADDED + k);
            }
        } finally {
            lock.endWrite(stamp);
        }
    }

    /**
     * Each optimistic read looks up every prefilled key, which widens its window over the
     * writer's rehash; each must find all of them.
     */
    @Actor
    public void reader(III_Result r) {
        r.r1 = (int) optimistic(rows, PRESENT, (map, first, unused) -> {
            long found = 0;
            for (long k = 0; k < PREFILL; k++) {
                found += map.get(first + 64 * k) != null ? 1 : 0;
            }
            return found;
        });
        r.r2 = (int) optimistic(reverse, PRESENT, (map, first, unused) -> {
            long found = 0;
            for (long k = 0; k < PREFILL; k++) {
                found += map.getIfAbsent(first + 64 * k, Ids.NONE) != Ids.NONE ? 1 : 0;
            }
            return found;
        });
        r.r3 = (int) optimistic(values, PRESENT, (set, first, unused) -> {
            long found = 0;
            for (long k = 0; k < PREFILL / 2; k++) {
                found += set.contains(first + 64 * k) ? 1 : 0;
            }
            return found;
        });
    }

    /** The {@link StoreLock} read idiom, as every read method of the store writes it out. */
    private <O> long optimistic(O owner, long first, StoreLock.ReadLong<O> read) {
        long stamp = lock.tryOptimisticRead();
        try {
            long found = read.apply(owner, first, 0);
            if (lock.validate(stamp)) {
                return found;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return lock.readLongLocked(owner, first, 0, read);
    }
}
