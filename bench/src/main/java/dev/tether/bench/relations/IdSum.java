package dev.tether.bench.relations;

import org.eclipse.collections.api.block.procedure.primitive.LongProcedure;

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

    long sum() {
        return sum;
    }
}
