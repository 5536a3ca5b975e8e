package dev.tether.internal;

import dev.tether.ForeignKeyRelation;
import dev.tether.Ids;
import dev.tether.OnDelete;
import java.util.Optional;

/**
 * A relation carried by a foreign key in the source rows: what one-to-one and many-to-one share.
 * The forward direction is the row's own key (no index), held in the relation's
 * {@link KeyColumn}; the reverse direction is the implementation's index. Implementations
 * differ in whether a target may be claimed twice and in how the reverse index is stored.
 *
 * <p>This is an interface, not a base class, because each implementation extends its sealed API
 * class ({@link dev.tether.OneToOne}, {@link dev.tether.ManyToOne}): a call through the API
 * type then binds to the one implementation by class-hierarchy analysis, with no type guard on
 * the lookup path. Forward access is written once, here, as default methods; C2 binds those the
 * same way (checked with {@code -XX:+PrintInlining}: no type profile on the call).
 *
 * <p>Invariants R1 to R4 (see {@link OneToOneImpl}) hold for every key relation, with "the
 * reverse index holds (k, s)" read through {@link #isLinked}.
 */
sealed interface KeyRelation<S, T> extends ForeignKeyRelation<S, T> permits OneToOneImpl, ManyToOneImpl {
    /** Receives the dependents of a target, for the delete plan. */
    interface DependentVisitor {
        void reached(KeyRelation<?, ?> relation, long dependent);
    }

    /** The relation's foreign key and tables. */
    KeyColumn<S, T> column();

    @Override
    default T target(S sourceRow) {
        return column().target(sourceRow);
    }

    @Override
    default T targetOrNull(S sourceRow) {
        return column().targetOrNull(sourceRow);
    }

    @Override
    default Optional<T> findTarget(S sourceRow) {
        return Optional.ofNullable(column().targetOrNull(sourceRow));
    }

    default String name() {
        return column().name();
    }

    default TableImpl<S> sourceTable() {
        return column().source();
    }

    default TableImpl<T> targetTable() {
        return column().target();
    }

    default OnDelete onDelete() {
        return column().onDelete();
    }

    default boolean isNullable() {
        return column().isNullable();
    }

    default long defaultTarget() {
        return column().defaultTarget();
    }

    /** The key of a row of the source table; the caller guarantees the row's type. */
    default long keyOf(Object sourceRow) {
        return column().keyOf(sourceRow);
    }

    /** Applies the declared rewriter; the caller guarantees the row's type and validates the result. */
    default Object rewrite(Object sourceRow, long newKey) {
        return column().rewrite(sourceRow, newKey);
    }

    /**
     * Checks that source row {@code sourceId} may start pointing at {@code newKey}: NONE only on
     * a nullable key, the target exists (a row may point at itself while being inserted), and
     * the implementation's claim rule holds. Changes nothing.
     */
    default void checkNewKey(long sourceId, long newKey) {
        column().checkTarget(sourceId, newKey);
        if (newKey != Ids.NONE) {
            checkUnclaimed(sourceId, newKey);
        }
    }

    /** Throws if {@code newKey} may not be taken by {@code sourceId} (one-to-one uniqueness). */
    void checkUnclaimed(long sourceId, long newKey);

    /** Whether a target may have at most one source row. */
    boolean isUnique();

    /** For a unique relation, the source row holding {@code targetId}, or NONE. */
    long claimant(long targetId);

    /** Adds the link to the reverse index (write lock held), journaled. */
    void link(long sourceId, long k);

    /** Removes the link from the reverse index (write lock held), journaled. */
    void unlink(long sourceId, long k);

    /**
     * Makes room in the reverse index for {@code sourceRows} links (write lock held), as
     * {@link dev.tether.Table#ensureCapacity} does for the source table. Changes no link.
     */
    void ensureCapacity(int sourceRows);

    /** Calls the visitor with every source row pointing at {@code targetId} (write lock held). */
    void visitDependents(long targetId, DependentVisitor visitor);

    /** Whether the reverse index holds the link from {@code sourceId} to {@code k} (for invariant checks). */
    boolean isLinked(long sourceId, long k);

    /** The number of links in the reverse index (for invariant checks). */
    long linkCount();

    /** A description of a broken invariant internal to the index, or null. */
    String checkIndex();
}
