package dev.tether.internal;

import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

/**
 * The next id a table assigns: starts at 1, skips ids already taken, and moves past an id only
 * when an insert under it succeeds. Amortised O(1): it never moves backwards.
 */
final class IdSequence {
    private long next = 1;

    long peek(LongObjectHashMap<?> rows) {
        while (rows.containsKey(next)) {
            next = Math.incrementExact(next);
        }
        return next;
    }

    void consumed(long id) {
        if (id == next) {
            next = Math.incrementExact(next);
        }
    }
}
