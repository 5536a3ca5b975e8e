package dev.tether.bench.relations;

/**
 * A cursor over pre-generated keys: each call to {@link #next()} returns the next index into
 * arrays of {@link #COUNT} draws, wrapping with a mask, so the keys change on every invocation and
 * nothing constant-folds. Single-threaded, like the benchmarks that use it.
 */
final class Draws {
    /** The number of draws in each pre-generated array: a power of two. */
    static final int COUNT = 1 << 16;
    private static final int MASK = COUNT - 1;

    private int next;

    /** The index of the next draw, in [0, COUNT). */
    int next() {
        return next++ & MASK;
    }
}
