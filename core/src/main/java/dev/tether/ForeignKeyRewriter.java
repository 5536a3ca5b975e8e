package dev.tether;

/**
 * Builds a copy of a row with another foreign key value: how {@link OnDelete#SET_NULL} and
 * {@link OnDelete#SET_DEFAULT} change rows that are immutable (records).
 *
 * <p>The returned row must have the same id as {@code row}, must be of the table's row type, and
 * must read back {@code target} through the foreign key; every other foreign key must stay as it
 * was. The store checks all of that before it changes anything, and refuses the delete with
 * {@link InvalidRowException} otherwise. A rewriter must not write to the store.
 *
 * @param <S> the source table's row type
 */
@FunctionalInterface
public interface ForeignKeyRewriter<S> {
    /**
     * Returns {@code row} pointing at {@code target}.
     *
     * @param row the stored row, never null
     * @param target the new foreign key: a target id, or {@link Ids#NONE} for SET_NULL
     * @return the rewritten row, never null
     */
    S withForeignKey(S row, long target);
}
