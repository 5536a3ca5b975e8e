package dev.tether.internal;

import dev.tether.Ids;
import dev.tether.ManyToOne;
import dev.tether.ManyToOneDef;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * One many-to-one relation (Django's {@code ForeignKey}). The forward direction is the source
 * row's own key, as for one-to-one; the reverse direction is a {@link LongMultimap} from target
 * id to source ids, which costs one {@link LongIndex} entry for a target with one dependent, a
 * small array for up to eight and a {@link LongSet} for more. Invariants R1 to R4
 * ({@link OneToOneImpl}) and M1 to M6 ({@link LongMultimap}) hold.
 *
 * <p>Public only because the sealed API class must name it in its {@code permits} clause; the
 * package is not exported, and the constructor is package-private.
 */
public final class ManyToOneImpl<S, T> extends ManyToOne<S, T> implements KeyRelation<S, T> {
    private final ManyToOneDef<S, T> def;
    private final KeyColumn<S, T> column;
    private final StoreLock lock;
    private final Journal journal;
    private final TableImpl<S> source;
    private final LongMultimap reverse = new LongMultimap();

    ManyToOneImpl(ManyToOneDef<S, T> def, TableImpl<S> source, TableImpl<T> target, StoreLock lock, Journal journal) {
        this.def = def;
        this.column = new KeyColumn<>(def, source, target);
        this.lock = lock;
        this.journal = journal;
        this.source = source;
    }

    @Override
    public ManyToOneDef<S, T> def() {
        return def;
    }

    @Override
    public KeyColumn<S, T> column() {
        return column;
    }

    @Override
    public int sourceCount(long targetId) {
        return MultimapReads.count(lock, reverse, targetId);
    }

    @Override
    public boolean hasSource(long targetId, long sourceId) {
        return MultimapReads.contains(lock, reverse, targetId, sourceId);
    }

    @Override
    public void forEachSourceId(long targetId, LongConsumer action) {
        Objects.requireNonNull(action, "action");
        lock.iterate(() -> reverse.forEach(targetId, action));
    }

    @Override
    public void forEachSource(long targetId, Consumer<? super S> action) {
        Objects.requireNonNull(action, "action");
        lock.iterate(() -> reverse.forEach(targetId, id -> action.accept(source.row(id))));
    }

    /**
     * Nothing: the reverse multimap holds one entry per target that has sources, and how many
     * targets the source rows will share is not known from their count.
     */
    @Override
    public void ensureCapacity(int sourceRows) {
        // See above: sizing by source rows could allocate many times what the index needs.
    }

    @Override
    public void checkUnclaimed(long sourceId, long newKey) {
        // Any number of source rows may point at one target.
    }

    @Override
    public boolean isUnique() {
        return false;
    }

    @Override
    public long claimant(long targetId) {
        throw new IllegalStateException("many-to-one targets are never claimed: relation=" + name());
    }

    @Override
    public void link(long sourceId, long k) {
        if (k != Ids.NONE && reverse.put(k, sourceId) && journal.recording()) {
            journal.record(() -> reverse.remove(k, sourceId));
        }
    }

    @Override
    public void unlink(long sourceId, long k) {
        if (k != Ids.NONE && reverse.remove(k, sourceId) && journal.recording()) {
            journal.record(() -> reverse.put(k, sourceId));
        }
    }

    @Override
    public void visitDependents(long targetId, DependentVisitor visitor) {
        reverse.forEach(targetId, dependent -> visitor.reached(this, dependent));
    }

    @Override
    public boolean isLinked(long sourceId, long k) {
        return reverse.contains(k, sourceId);
    }

    @Override
    public long linkCount() {
        return reverse.pairCount();
    }

    @Override
    public String checkIndex() {
        return reverse.checkInvariants();
    }

    @Override
    public String toString() {
        return def.toString();
    }
}
