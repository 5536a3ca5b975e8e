package dev.tether.internal;

import dev.tether.ForeignKey;
import dev.tether.ForeignKeyDef;
import dev.tether.Ids;
import dev.tether.MissingTargetException;
import dev.tether.NullForeignKeyException;
import dev.tether.OnDelete;
import dev.tether.RelatedRowDoesNotExistException;

/**
 * The foreign key of a {@link KeyRelation}: the relation's name, the key, its on-delete rule, the
 * two tables, and what follows from the key alone (forward access, and whether a key names a
 * target that may be pointed at).
 * One-to-one and many-to-one relations each hold one; they differ only in their reverse index.
 *
 * @param <S> source row type (holds the key)
 * @param <T> target row type
 */
final class KeyColumn<S, T> {
    private final String name;
    private final TableImpl<S> source;
    private final TableImpl<T> target;
    private final ForeignKey<S> key;
    private final OnDelete onDelete;

    KeyColumn(ForeignKeyDef<S, T> def, TableImpl<S> source, TableImpl<T> target) {
        this.name = def.name();
        this.source = source;
        this.target = target;
        this.key = def.foreignKey();
        this.onDelete = def.onDelete();
    }

    /** Forward access: the target {@code sourceRow} points at; one probe of the target table. */
    T target(S sourceRow) {
        long k = key.targetOf(sourceRow);
        if (k == Ids.NONE) {
            throw new RelatedRowDoesNotExistException(name, source.name(), source.idOf(sourceRow), target.name());
        }
        return target.get(k);
    }

    /** Forward access without exceptions: the target, or null. */
    T targetOrNull(S sourceRow) {
        long k = key.targetOf(sourceRow);
        return k == Ids.NONE ? null : target.getOrNull(k);
    }

    String name() {
        return name;
    }

    TableImpl<S> source() {
        return source;
    }

    TableImpl<T> target() {
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
     * a nullable key, otherwise the target exists (a row may point at itself while being
     * inserted). The relation's claim rule is its own. Changes nothing.
     */
    void checkTarget(long sourceId, long newKey) {
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
    }
}
