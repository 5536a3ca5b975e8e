package dev.tether.bench.relations;

import org.eclipse.collections.api.block.procedure.primitive.LongProcedure;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;

/**
 * Sums the ids an iteration visits, so that a benchmark's iteration has a result that depends on
 * every element. It is both a {@code LongProcedure} (for Eclipse Collections sets) and, through
 * it, a {@code LongConsumer} (for Tether). One instance per world, reused by every call: it
 * allocates nothing.
 */
final class IdSum implements LongProcedure {
    private static final long serialVersionUID = 1L;

    private long sum;

    /** Starts a new sum and returns this, to pass as the iteration's action. */
    IdSum reset() {
        sum = 0;
        return this;
    }

    @Override
    public void value(long id) {
        sum += id;
    }

    /** The sum of {@code ids}, 0 for null (a key without a set). O(ids). */
    long sumOf(LongHashSet ids) {
        if (ids == null) {
            return 0;
        }
        ids.forEach(reset());
        return sum;
    }

    long sum() {
        return sum;
    }
}
