package dev.tether.internal;

import dev.tether.ForeignKey;
import dev.tether.ForeignKeyDef;
import dev.tether.Ids;
import dev.tether.MissingTargetException;
import dev.tether.NullForeignKeyException;
import dev.tether.OnDelete;
import dev.tether.RelatedRowDoesNotExistException;
import java.util.Optional;

/**
 * A relation carried by a foreign key in the source rows: what one-to-one and many-to-one share.
 * The forward direction is the row's own key (no index); the reverse direction is the
 * subclass's index. Subclasses differ in whether a target may be claimed twice and in how the
 * reverse index is stored.
 *
 * <p>Invariants R1 to R4 (see {@link OneToOneImpl}) hold for every key relation, with "the
 * reverse index holds (k, s)" read through {@link #isLinked}.
 */
abstract sealed class KeyRelation<S, T> permits OneToOneImpl, ManyToOneImpl {
    /** Receives the dependents of a target, for the delete plan. */
    interface DependentVisitor {
        void reached(KeyRelation<?, ?> relation, long dependent);
    }

    private final ForeignKeyDef<S, T> def;
    private final String name;
    private final TableImpl<S> source;
    private final TableImpl<T> target;
    private final ForeignKey<S> key;
    private final OnDelete onDelete;
    final StoreLock lock;
    final Journal journal;

    KeyRelation(ForeignKeyDef<S, T> def, TableImpl<S> source, TableImpl<T> target, StoreLock lock, Journal journal) {
        this.def = def;
        this.name = def.name();
        this.source = source;
        this.target = target;
        this.key = def.foreignKey();
        this.onDelete = def.onDelete();
        this.lock = lock;
        this.journal = journal;
    }

    /**
     * Forward access: the target {@code sourceRow} points at.
     *
     * @param sourceRow a source row
     * @return the target row
     */
    public T target(S sourceRow) {
        long k = key.targetOf(sourceRow);
        if (k == Ids.NONE) {
            throw new RelatedRowDoesNotExistException(name, source.name(), source.idOf(sourceRow), target.name());
        }
        return target.get(k);
    }

    /**
     * Forward access without exceptions.
     *
     * @param sourceRow a source row
     * @return the target row, or null
     */
    public T targetOrNull(S sourceRow) {
        long k = key.targetOf(sourceRow);
        return k == Ids.NONE ? null : target.getOrNull(k);
    }

    /**
     * Forward access as an {@code Optional}.
     *
     * @param sourceRow a source row
     * @return the target row, or empty
     */
    public Optional<T> findTarget(S sourceRow) {
        return Optional.ofNullable(targetOrNull(sourceRow));
    }

    ForeignKeyDef<S, T> keyDef() {
        return def;
    }

    String name() {
        return name;
    }

    TableImpl<S> sourceTable() {
        return source;
    }

    TableImpl<T> targetTable() {
        return target;
    }

    OnDelete onDelete() {
        return onDelete;
    }

    boolean isNullable() {
        return key.isNullable();
    }

    long defaultTarget() {
        return key.defaultTarget().orElseThrow();
    }

    /** The key of a row of the source table; the caller guarantees the row's type. */
    @SuppressWarnings("unchecked")
    long keyOf(Object sourceRow) {
        return key.targetOf((S) sourceRow);
    }

    /** Applies the declared rewriter; the caller guarantees the row's type and validates the result. */
    @SuppressWarnings("unchecked")
    Object rewrite(Object sourceRow, long newKey) {
        return key.rewrite((S) sourceRow, newKey);
    }

    /**
     * Checks that source row {@code sourceId} may start pointing at {@code newKey}: NONE only on
     * a nullable key, the target exists (a row may point at itself while being inserted), and
     * the subclass's claim rule holds. Changes nothing.
     */
    final void checkNewKey(long sourceId, long newKey) {
        if (newKey == Ids.NONE) {
            if (!key.isNullable()) {
                throw new NullForeignKeyException(name, sourceId);
            }
            return;
        }
        boolean pointsAtItself = target == source && newKey == sourceId;
        if (!pointsAtItself && target.row(newKey) == null) {
            throw new MissingTargetException(name, target.name(), sourceId, newKey);
        }
        checkUnclaimed(sourceId, newKey);
    }

    /** Throws if {@code newKey} may not be taken by {@code sourceId} (one-to-one uniqueness). */
    abstract void checkUnclaimed(long sourceId, long newKey);

    /** Whether a target may have at most one source row. */
    abstract boolean isUnique();

    /** For a unique relation, the source row holding {@code targetId}, or NONE. */
    abstract long claimant(long targetId);

    /** Adds the link to the reverse index (write lock held), journaled. */
    abstract void link(long sourceId, long k);

    /** Removes the link from the reverse index (write lock held), journaled. */
    abstract void unlink(long sourceId, long k);

    /**
     * Makes room in the reverse index for {@code sourceRows} links (write lock held), as
     * {@link dev.tether.Table#ensureCapacity} does for the source table. Changes no link.
     */
    abstract void ensureCapacity(int sourceRows);

    /** Calls the visitor with every source row pointing at {@code targetId} (write lock held). */
    abstract void visitDependents(long targetId, DependentVisitor visitor);

    /** Whether the reverse index holds the link from {@code sourceId} to {@code k} (for invariant checks). */
    abstract boolean isLinked(long sourceId, long k);

    /** The number of links in the reverse index (for invariant checks). */
    abstract long linkCount();

    /** A description of a broken invariant internal to the index, or null. */
    abstract String checkIndex();

    @Override
    public String toString() {
        return def.toString();
    }
}
