package dev.tether.internal;

import dev.tether.DeleteResult;
import dev.tether.DuplicateIdException;
import dev.tether.InvalidRowException;
import dev.tether.NoSuchRowException;
import dev.tether.Table;
import dev.tether.TableDef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * One table: a {@link RowMap} from id to row, its id sequence, and the relations it
 * takes part in. Reads are one probe of the map, optimistic under the store's {@link StoreLock}.
 * Writes take the write lock, check every relation the table is the source of before they
 * change anything, then change the map and the relations' indexes, recording each change in the
 * {@link Journal} when a transaction is open.
 *
 * <p>Store invariants S1 and S2 (see {@link StoreImpl}) hold for every table between operations.
 *
 * <p>Public only because the sealed API class must name it in its {@code permits} clause; the
 * package is not exported, and the constructor is package-private.
 */
public final class TableImpl<T> extends Table<T> {
    private final TableDef<T> def;
    private final String name;
    private final Class<T> rowType;
    private final int index;
    private final StoreImpl store;
    private final StoreLock lock;
    private final Journal journal;
    /** Id to row. */
    private final RowMap<T> rows = new RowMap<>(0);
    private final IdSequence sequence;
    /** The result of every delete that removes one row of this table and nothing else: immutable, so shared. */
    private final DeleteResult oneRowDeleted;
    // The relations around this table, set once by wire. Arrays, not lists: every write loops over
    // them, and a list's iterator escaped C2's escape analysis there (32 bytes per loop per write).
    /** Relations whose foreign key lives in this table's rows. */
    private KeyRelation<?, ?>[] outgoing = new KeyRelation<?, ?>[0];
    /** Relations whose foreign keys point into this table. */
    private KeyRelation<?, ?>[] incoming = new KeyRelation<?, ?>[0];
    /** Implicit many-to-many relations with this table on a side: a delete removes the row's links. */
    private ManyToManyImpl<?, ?>[] linkSets = new ManyToManyImpl<?, ?>[0];
    /** Many-to-many relations whose through table this is: each row is a link. */
    private ManyToManyImpl<?, ?>[] throughOf = new ManyToManyImpl<?, ?>[0];

    TableImpl(TableDef<T> def, int index, StoreImpl store) {
        this.def = def;
        this.name = def.name();
        this.rowType = def.rowType();
        this.index = index;
        this.store = store;
        this.lock = store.lock();
        this.journal = store.journal();
        this.sequence = new IdSequence(journal);
        this.oneRowDeleted = new DeleteResult(1, new TableCounts(new String[] {name}, new long[] {1}));
    }

    /** What a delete that removed one row of this table and nothing else returns; allocates nothing. */
    DeleteResult oneRowDeleted() {
        return oneRowDeleted;
    }

    void wire(List<KeyRelation<?, ?>> outgoingRelations, List<KeyRelation<?, ?>> incomingRelations,
              List<ManyToManyImpl<?, ?>> linkSetsWithThisSide, List<ManyToManyImpl<?, ?>> throughThisTable) {
        this.outgoing = outgoingRelations.toArray(new KeyRelation<?, ?>[0]);
        this.incoming = incomingRelations.toArray(new KeyRelation<?, ?>[0]);
        this.linkSets = linkSetsWithThisSide.toArray(new ManyToManyImpl<?, ?>[0]);
        this.throughOf = throughThisTable.toArray(new ManyToManyImpl<?, ?>[0]);
    }

    @Override
    public TableDef<T> def() {
        return def;
    }

    @Override
    public T get(long id) {
        T row = getOrNull(id);
        if (row == null) {
            throw new NoSuchRowException(name, id);
        }
        return row;
    }

    @Override
    public T getOrNull(long id) {
        StoreLock lock = this.lock;
        long stamp = lock.optimisticStamp();
        try {
            T row = rows.get(id);
            if (lock.unchangedSince(stamp)) {
                return row;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return lock.readLocked(rows, id, RowMap::get);
    }

    @Override
    public Optional<T> find(long id) {
        return Optional.ofNullable(getOrNull(id));
    }

    @Override
    public boolean contains(long id) {
        StoreLock lock = this.lock;
        long stamp = lock.optimisticStamp();
        try {
            boolean found = rows.containsKey(id);
            if (lock.unchangedSince(stamp)) {
                return found;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return lock.readLongLocked(rows, id, 0, (map, key, unused) -> map.containsKey(key) ? 1 : 0) != 0;
    }

    @Override
    public int size() {
        StoreLock lock = this.lock;
        long stamp = lock.optimisticStamp();
        try {
            int size = rows.size();
            if (lock.unchangedSince(stamp)) {
                return size;
            }
        } catch (RuntimeException torn) {
            lock.discardTorn(stamp, torn);
        }
        return (int) lock.readLongLocked(rows, 0, 0, (map, unused, alsoUnused) -> map.size());
    }

    @Override
    public T insert(T row) {
        long stamp = lock.beginWrite("insert", name);
        try {
            insertChecked(row);
            return row;
        } finally {
            lock.endWrite(stamp);
        }
    }

    @Override
    public T insert(LongFunction<? extends T> factory) {
        if (factory == null) {
            throw new InvalidRowException(name, "row factory is null: table=" + name);
        }
        long stamp = lock.beginWrite("insert", name);
        try {
            long id = sequence.peek(rows);
            T row = factory.apply(id);
            RowChecks.requireId(this, row, id, "row factory");
            insertChecked(row);
            sequence.consumed(id);
            return row;
        } finally {
            lock.endWrite(stamp);
        }
    }

    private void insertChecked(T row) {
        long id = RowChecks.validId(this, row);
        if (rows.containsKey(id)) {
            throw new DuplicateIdException(name, id);
        }
        for (KeyRelation<?, ?> relation : outgoing) {
            relation.checkNewKey(id, relation.keyOf(row));
        }
        for (ManyToManyImpl<?, ?> relation : throughOf) {
            relation.checkThroughRow(id, row, null);
        }
        putRow(id, row);
        for (KeyRelation<?, ?> relation : outgoing) {
            relation.link(id, relation.keyOf(row));
        }
        for (ManyToManyImpl<?, ?> relation : throughOf) {
            relation.throughLinked(row);
        }
    }

    @Override
    public T update(T row) {
        long stamp = lock.beginWrite("update", name);
        try {
            long id = RowChecks.validId(this, row);
            T previous = rows.get(id);
            if (previous == null) {
                throw new NoSuchRowException(name, id);
            }
            for (KeyRelation<?, ?> relation : outgoing) {
                long newKey = relation.keyOf(row);
                if (newKey != relation.keyOf(previous)) {
                    relation.checkNewKey(id, newKey);
                }
            }
            for (ManyToManyImpl<?, ?> relation : throughOf) {
                relation.checkThroughRow(id, row, previous);
            }
            putRow(id, row);
            for (KeyRelation<?, ?> relation : outgoing) {
                long oldKey = relation.keyOf(previous);
                long newKey = relation.keyOf(row);
                if (oldKey != newKey) {
                    relation.unlink(id, oldKey);
                    relation.link(id, newKey);
                }
            }
            for (ManyToManyImpl<?, ?> relation : throughOf) {
                relation.throughUnlinked(previous);
                relation.throughLinked(row);
            }
            return previous;
        } finally {
            lock.endWrite(stamp);
        }
    }

    @Override
    public DeleteResult delete(long id) {
        long stamp = lock.beginWrite("delete", name);
        try {
            if (!rows.containsKey(id)) {
                throw new NoSuchRowException(name, id);
            }
            return store.deletePlan().execute(this, id);
        } finally {
            lock.endWrite(stamp);
        }
    }

    @Override
    public void ensureCapacity(int rowCount) {
        if (rowCount < 0 || rowCount > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity out of range: table=" + name + " rows=" + rowCount
                    + " min=0 max=" + MAX_CAPACITY);
        }
        long stamp = lock.beginWrite("ensureCapacity", name);
        try {
            if (!rows.ensureCapacity(rowCount)) {
                return;
            }
            for (KeyRelation<?, ?> relation : outgoing) {
                relation.ensureCapacity(rowCount);
            }
        } finally {
            lock.endWrite(stamp);
        }
    }

    @Override
    public void forEachId(LongConsumer action) {
        Objects.requireNonNull(action, "action");
        lock.iterate(() -> rows.forEachKey(action));
    }

    @Override
    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        lock.iterate(() -> rows.forEachValue(action));
    }

    /** Stores a row (the caller holds the write lock and has checked it), journaled. */
    void putRow(long id, Object row) {
        T typed = rowType.cast(row);
        T previous = rows.put(id, typed);
        if (journal.recording()) {
            journal.record(previous == null ? () -> rows.remove(id) : () -> rows.put(id, previous));
        }
    }

    /** Removes a row (the caller holds the write lock), journaled. */
    void removeRow(long id) {
        T previous = rows.remove(id);
        if (journal.recording()) {
            journal.record(() -> rows.put(id, previous));
        }
    }

    /** The stored row, read by the write path (the caller holds the write lock or a read lock). */
    T row(long id) {
        return rows.get(id);
    }

    String name() {
        return name;
    }

    Class<T> rowType() {
        return rowType;
    }

    long idOf(T row) {
        return def.idOf(row);
    }

    int index() {
        return index;
    }

    // The arrays themselves, for the write paths' loops; callers never change them.
    KeyRelation<?, ?>[] outgoing() {
        return outgoing;
    }

    KeyRelation<?, ?>[] incoming() {
        return incoming;
    }

    ManyToManyImpl<?, ?>[] linkSets() {
        return linkSets;
    }

    ManyToManyImpl<?, ?>[] throughOf() {
        return throughOf;
    }

    /** The map itself, for the invariant checker (under a consistent view). */
    RowMap<T> rows() {
        return rows;
    }

    @Override
    public String toString() {
        return "Table[name=" + name + "]";
    }
}
