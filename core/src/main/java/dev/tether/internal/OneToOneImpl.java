package dev.tether.internal;

import dev.tether.Ids;
import dev.tether.OneToOne;
import dev.tether.OneToOneDef;
import dev.tether.RelatedRowDoesNotExistException;
import dev.tether.UniqueViolationException;
import java.util.Optional;

/**
 * One one-to-one relation: its reverse index and reads.
 *
 * <h2>Design</h2>
 * The forward direction needs no index: a source row already holds its target's id in its own
 * foreign key, so {@code profile -> user} is one probe of the target table. The reverse
 * direction is a {@link LongIndex} from target id to source id, so {@code user -> profile}
 * is two probes (index, then source table), and uniqueness is one probe of the same map on
 * every insert or update. A second map for the forward side would double the index memory
 * (about 32 bytes per link at the map's load factor) to save nothing: the key is in the row.
 * A shared primary key relation has no map at all: the source table, keyed by the target's id,
 * is the reverse index, and uniqueness is the table's own id uniqueness.
 *
 * <h2>Invariants</h2>
 * Checked by {@link InvariantChecker} after every test action; tests name them by number.
 * They hold for many-to-one relations too ({@link ManyToOneImpl}), reading "reverse" as its
 * multimap.
 * <ol>
 *   <li>R1 (no dangling link): for every source row whose key k is not {@link Ids#NONE}, the
 *       target table holds a row with id k.</li>
 *   <li>R2 (reverse agrees with forward): for every source row with id s and key k not
 *       {@code NONE}, the reverse index holds (k, s).</li>
 *   <li>R3 (no stale entry, hence uniqueness): the reverse index has exactly as many links as
 *       there are source rows whose key is not {@code NONE}. With R2, every link belongs to a
 *       stored row, and in a one-to-one relation no two source rows share a target.</li>
 *   <li>R4 (required keys): a key that is not nullable never holds {@code NONE}.</li>
 *   <li>R5 (shared primary key): there is no reverse map, and every source row's id is the id
 *       of a target row (R1 with k = the row's id).</li>
 * </ol>
 *
 * <p>Public only because the sealed API class must name it in its {@code permits} clause; the
 * package is not exported, and the constructor is package-private.
 */
public final class OneToOneImpl<S, T> extends OneToOne<S, T> implements KeyRelation<S, T> {
    private final OneToOneDef<S, T> def;
    private final KeyColumn<S, T> column;
    private final StoreLock lock;
    private final Journal journal;
    private final TableImpl<S> source;
    /** Target id to source id; null for a shared primary key (R5). */
    private final LongIndex reverse;

    OneToOneImpl(OneToOneDef<S, T> def, TableImpl<S> source, TableImpl<T> target, StoreLock lock, Journal journal) {
        this.def = def;
        this.column = new KeyColumn<>(def, source, target);
        this.lock = lock;
        this.journal = journal;
        this.source = source;
        this.reverse = def.isSharedPrimaryKey() ? null : new LongIndex(0);
    }

    @Override
    public OneToOneDef<S, T> def() {
        return def;
    }

    @Override
    public KeyColumn<S, T> column() {
        return column;
    }

    @Override
    public S source(long targetId) {
        S row = sourceOrNull(targetId);
        if (row == null) {
            throw new RelatedRowDoesNotExistException(name(), targetTable().name(), targetId, source.name());
        }
        return row;
    }

    @Override
    public S sourceOrNull(long targetId) {
        StoreLock lock = this.lock;
        long stamp = lock.optimisticStamp();
        try {
            S row = sourceRow(targetId);
            if (lock.unchangedSince(stamp)) {
                return row;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return lock.readLocked(this, targetId, OneToOneImpl::sourceRow);
    }

    /** Both probes under one optimistic read, so the pair is consistent. */
    private S sourceRow(long targetId) {
        long sourceId = reverse == null ? targetId : reverse.get(targetId);
        return sourceId == Ids.NONE ? null : source.row(sourceId);
    }

    @Override
    public Optional<S> findSource(long targetId) {
        return Optional.ofNullable(sourceOrNull(targetId));
    }

    @Override
    public long sourceId(long targetId) {
        StoreLock lock = this.lock;
        long stamp = lock.optimisticStamp();
        try {
            long sourceId = claimant(targetId);
            if (lock.unchangedSince(stamp)) {
                return sourceId;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return lock.readLongLocked(this, targetId, 0, (relation, target, unused) -> relation.claimant(target));
    }

    @Override
    public void checkUnclaimed(long sourceId, long newKey) {
        long owner = claimant(newKey);
        if (owner != Ids.NONE && owner != sourceId) {
            throw new UniqueViolationException(name(), owner, sourceId, newKey);
        }
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    @Override
    public long claimant(long targetId) {
        if (reverse == null) {
            return source.row(targetId) != null ? targetId : Ids.NONE;
        }
        return reverse.get(targetId);
    }

    @Override
    public void link(long sourceId, long k) {
        if (reverse != null && k != Ids.NONE) {
            reverse.put(k, sourceId);
            if (journal.recording()) {
                journal.record(() -> reverse.remove(k));
            }
        }
    }

    @Override
    public void unlink(long sourceId, long k) {
        if (reverse != null && k != Ids.NONE) {
            reverse.remove(k);
            if (journal.recording()) {
                journal.record(() -> reverse.put(k, sourceId));
            }
        }
    }

    @Override
    public void ensureCapacity(int sourceRows) {
        if (reverse != null) {
            reverse.ensureCapacity(sourceRows);
        }
    }

    @Override
    public void visitDependents(long targetId, DependentVisitor visitor) {
        long dependent = claimant(targetId);
        if (dependent != Ids.NONE) {
            visitor.reached(this, dependent);
        }
    }

    @Override
    public boolean isLinked(long sourceId, long k) {
        return reverse == null ? sourceId == k : reverse.get(k) == sourceId;
    }

    @Override
    public long linkCount() {
        return reverse == null ? source.size() : reverse.size();
    }

    @Override
    public String checkIndex() {
        return reverse == null ? null : reverse.checkInvariants();
    }

    @Override
    public String toString() {
        return def.toString();
    }
}
