package dev.tether.model;

import dev.tether.TetherException;
import java.util.Set;

/**
 * What an action did in the reference model: a value, or a refusal naming the exception types
 * the store may throw. A refusal names more than one type only where the store's choice depends
 * on an order it leaves unspecified (two SET_DEFAULT rewrites of one delete failing differently).
 *
 * @param value the result (a row, a {@link Deleted}, a boolean, a count, or null for none)
 * @param refusals the acceptable exception types; empty for a success
 */
record Outcome(Object value, Set<Class<? extends TetherException>> refusals) {
    static Outcome of(Object value) {
        return new Outcome(value, Set.of());
    }

    boolean refused() {
        return !refusals.isEmpty();
    }
}
