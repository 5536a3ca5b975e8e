package dev.tether.internal;

import dev.tether.ForeignKey;
import dev.tether.Ids;
import dev.tether.MissingTargetException;
import dev.tether.NullForeignKeyException;
import dev.tether.OnDelete;
import dev.tether.OneToOne;
import dev.tether.OneToOneDef;
import dev.tether.RelatedRowDoesNotExistException;
import dev.tether.UniqueViolationException;
import java.util.Optional;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * One one-to-one relation: its reads, and the index its writes keep.
 *
 * <h2>Design</h2>
 * The forward direction needs no index: a source row already holds its target's id in its own
 * foreign key, so {@code profile -> user} is one probe of the target table. The reverse
 * direction is a {@link LongLongHashMap} from target id to source id, so {@code user -> profile}
 * is two probes (index, then source table), and uniqueness is one probe of the same map on
 * every insert or update. A second map for the forward side would double the index memory
 * (about 32 bytes per link at the map's load factor) to save nothing: the key is in the row.
 * A shared primary key relation has no map at all: the source table, keyed by the target's id,
 * is the reverse index, and uniqueness is the table's own id uniqueness.
 *
 * <h2>Invariants</h2>
 * Checked by {@link InvariantChecker} after every test action; tests name them by number.
 * <ol>
 *   <li>R1 (no dangling link): for every source row whose key k is not {@link Ids#NONE}, the
 *       target table holds a row with id k.</li>
 *   <li>R2 (reverse agrees with forward): for every source row with id s and key k not
 *       {@code NONE}, {@code reverse.get(k) == s}.</li>
 *   <li>R3 (no stale entry, hence uniqueness): the reverse map has exactly as many entries as
 *       there are source rows whose key is not {@code NONE}. With R2, no two source rows share a
 *       target and every entry belongs to a stored row.</li>
 *   <li>R4 (required keys): a key that is not nullable never holds {@code NONE}.</li>
 *   <li>R5 (shared primary key): there is no reverse map, and every source row's id is the id
 *       of a target row (R1 with k = the row's id).</li>
 * </ol>
 */
final class OneToOneImpl<S, T> implements OneToOne<S, T> {
    private final OneToOneDef<S, T> def;
    private final String name;
    private final TableImpl<S> source;
    private final TableImpl<T> target;
    private final ForeignKey<S> key;
    private final OnDelete onDelete;
    /** Target id to source id; null for a shared primary key (R5). */
    private final LongLongHashMap reverse;

    OneToOneImpl(OneToOneDef<S, T> def, TableImpl<S> source, TableImpl<T> target) {
        this.def = def;
        this.name = def.name();
        this.source = source;
        this.target = target;
        this.key = def.foreignKey();
        this.onDelete = def.onDelete();
        this.reverse = def.isSharedPrimaryKey() ? null : new LongLongHashMap();
    }

    @Override
    public OneToOneDef<S, T> def() {
        return def;
    }

    @Override
    public T target(S sourceRow) {
        long k = key.targetOf(sourceRow);
        if (k == Ids.NONE) {
            throw new RelatedRowDoesNotExistException(name, source.name(), source.idOf(sourceRow), target.name());
        }
        return target.get(k);
    }

    @Override
    public T targetOrNull(S sourceRow) {
        long k = key.targetOf(sourceRow);
        return k == Ids.NONE ? null : target.getOrNull(k);
    }

    @Override
    public Optional<T> findTarget(S sourceRow) {
        return Optional.ofNullable(targetOrNull(sourceRow));
    }

    @Override
    public S source(long targetId) {
        S row = sourceOrNull(targetId);
        if (row == null) {
            throw new RelatedRowDoesNotExistException(name, target.name(), targetId, source.name());
        }
        return row;
    }

    @Override
    public S sourceOrNull(long targetId) {
        if (reverse == null) {
            return source.getOrNull(targetId);
        }
        long sourceId = reverse.getIfAbsent(targetId, Ids.NONE);
        return sourceId == Ids.NONE ? null : source.getOrNull(sourceId);
    }

    @Override
    public Optional<S> findSource(long targetId) {
        return Optional.ofNullable(sourceOrNull(targetId));
    }

    @Override
    public long sourceId(long targetId) {
        if (reverse == null) {
            return source.contains(targetId) ? targetId : Ids.NONE;
        }
        return reverse.getIfAbsent(targetId, Ids.NONE);
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
     * Checks that source row {@code sourceId} may start pointing at {@code newKey}: the key is
     * allowed to be NONE, the target exists (a row may point at itself while being inserted),
     * and no other source row holds it. Changes nothing.
     */
    void checkNewKey(long sourceId, long newKey) {
        if (newKey == Ids.NONE) {
            if (!key.isNullable()) {
                throw new NullForeignKeyException(name, sourceId);
            }
            return;
        }
        boolean pointsAtItself = target == source && newKey == sourceId;
        if (!pointsAtItself && !target.contains(newKey)) {
            throw new MissingTargetException(name, target.name(), sourceId, newKey);
        }
        long owner = sourceId(newKey);
        if (owner != Ids.NONE && owner != sourceId) {
            throw new UniqueViolationException(name, owner, sourceId, newKey);
        }
    }

    void link(long sourceId, long k) {
        if (reverse != null && k != Ids.NONE) {
            reverse.put(k, sourceId);
        }
    }

    void unlink(long k) {
        if (reverse != null && k != Ids.NONE) {
            reverse.remove(k);
        }
    }

    /** Null for a shared primary key; read only by {@link InvariantChecker}. */
    LongLongHashMap reverseIndex() {
        return reverse;
    }

    @Override
    public String toString() {
        return "OneToOne[" + def + "]";
    }
}
