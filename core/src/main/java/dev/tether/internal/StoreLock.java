package dev.tether.internal;

import dev.tether.StoreBusyException;
import java.util.concurrent.locks.StampedLock;

/**
 * Who may read and write a store, and when.
 *
 * <h2>Design</h2>
 * One {@link StampedLock} per store. Writes (each single write, or a whole transaction) take the
 * write lock, so they are serialized and a reader never sees half of one. Reads take no lock at
 * all in the common case: they run optimistically and validate the stamp afterwards; if a write
 * ran meanwhile, or a torn read threw, they run again under the read lock, which readers share.
 * Iterations hold the read lock throughout, so an iteration sees one consistent state and
 * writers wait for it to finish. The thread holding the write lock (inside a transaction body or
 * a callback) reads and iterates without locking: the state is its own.
 *
 * <p>This class is that {@link StampedLock}: it extends it rather than holding one, so that an
 * optimistic read loads the lock state straight from the object every table and relation
 * already references, one dependent load fewer on the lookup path than going through a field.
 * Nothing outside this class and the read idiom below calls the inherited lock methods. A store
 * is never serialized; the {@code serialVersionUID} and the {@code transient} fields only answer
 * the inherited {@link java.io.Serializable}.
 *
 * <h2>The read idiom</h2>
 * Every read method of the store writes its optimistic attempt out in its own body and shares
 * only the cold fallback:
 * <pre>{@code
 * long stamp = lock.tryOptimisticRead();
 * try {
 *     T row = rows.get(id);
 *     if (lock.validate(stamp)) {
 *         return row;
 *     }
 * } catch (RuntimeException torn) {
 *     lock.discardTorn(stamp, torn);
 * }
 * return lock.readLocked(this, id, (table, key) -> table.rows.get(key));
 * }</pre>
 * The fallback is handed the owner, not the map, and reads the map field itself under the read
 * lock: {@code Table.ensureCapacity} may have replaced the map since the optimistic attempt.
 * A shared fast path taking the probe as a lambda would be one method whose call site sees
 * every probe of the store. HotSpot's C2 compiles such a method on its own with the probes it
 * has seen inlined, then finds it too big to inline into its callers ("already compiled into a
 * big method"), and every lookup pays a call and a type switch. That was Tether's first design:
 * a user read followed by a reverse lookup ran at 0.47x the floor's throughput (9.0 against
 * 19.0 ops/us at 10,000 pairs). The stamp is 0 while any write lock is held and
 * {@code validate(0)} is false, so a read made during a write, or by the writer thread itself,
 * makes one discarded attempt and then falls back.
 *
 * <h2>Plain reads, and why they are safe</h2>
 * An optimistic read probes the Eclipse Collections 13 structures of the store
 * ({@code LongObjectHashMap} rows, {@code LongLongHashMap} one-to-one and multimap indexes,
 * {@code LongHashSet} multimap values, and the multimap's small {@code long[]} groups) with plain
 * (non-volatile) loads while a writer may be changing them. It may then see a stale or half-made state: a rehash's new arrays half filled,
 * keys from one array and values (or the length) from another, a key's slot already marked
 * removed, the sentinel holder of keys 0 and 1 published without its fields. None of that
 * escapes, for three reasons, checked against the 13.0.0 sources:
 * <ol>
 *   <li>Wrong values are discarded. Every change to these structures is made under the write
 *       lock (single writes, transactions, rollbacks; no read path writes, not even lazily), and
 *       {@link StampedLock#validate} (a load fence, then a volatile read of the lock state) fails
 *       whenever a write lock was taken since the stamp. The result is then dropped and the read
 *       repeated under the read lock. A validated result is also safely published: the stamp's
 *       volatile read follows the last writer's unlock. {@code Table.ensureCapacity} replaces a
 *       table's map or a one-to-one index with a bigger copy, built in full before the field is
 *       written; a reader that loaded the old reference probes a map that no longer changes,
 *       and is discarded the same way. The locked fallbacks read the field again, under the
 *       read lock, so they never see the old map.</li>
 *   <li>Failures are discarded. A torn probe can only throw an
 *       {@link ArrayIndexOutOfBoundsException} (an index masked with one array's length used on
 *       another) or a {@link NullPointerException} (the sentinel holder read twice, seen, then
 *       gone); both are {@link RuntimeException}s, discarded the same way and rethrown only if
 *       the stamp is still valid (a real failure). The probes allocate nothing and do not
 *       recurse, so no {@link Error} can come from a torn read.</li>
 *   <li>Probes end. A probe stops at the key or at an empty slot; its last stage steps through
 *       the table with an odd stride, so it visits every slot of one array. Within one array a
 *       slot goes from empty to used (key or the REMOVED marker) and never back
 *       ({@code clear()}, the one exception, is never called), every rehash, even one of the same
 *       size that only drops REMOVED markers, fills a new array, and a rehash starts as soon as
 *       keys plus REMOVED markers pass half the slots. So every array a reader can see keeps at
 *       least half its slots minus one empty forever (the smallest, a set's 8 slots, keeps 3),
 *       and a stale view only has more of them. A multimap's small {@code long[]} group is
 *       scanned up to its own length, and every cast of a group is guarded by
 *       {@code instanceof}, so a group changed in place or replaced meanwhile yields a wrong
 *       value (discarded by reason 1), never a loop. This relies on each slot and field being read
 *       coherently (a reader never sees a newer value and then an older one), which HotSpot
 *       gives on every platform although the Java memory model does not promise it for plain
 *       fields: without it, a probe masking with an old, shorter length on a newer array
 *       could cycle through used slots for as long as that mix persisted.</li>
 * </ol>
 * This is the idiom the {@code StampedLock} documentation describes. {@code OptimisticReadStress}
 * (jcstress) races it against rehashes of all three structures, and fails when validation is
 * skipped; the Lincheck and concurrent stress tests exercise every read method through the store.
 *
 * <h2>Writes refused</h2>
 * A write from inside an iteration would wait forever for the iteration's own read lock; a write
 * from inside another write's callback (a row factory, a foreign key rewriter) would invalidate
 * that write's checks. Both are refused with {@link StoreBusyException}.
 */
final class StoreLock extends StampedLock {
    private static final long serialVersionUID = 1L;

    /** A read of {@code owner}'s state that returns an object. */
    @FunctionalInterface
    interface Read<O, R> {
        R apply(O owner, long arg);
    }

    /** A read of {@code owner}'s state that returns a primitive (counts, ids, booleans as 0 or 1). */
    @FunctionalInterface
    interface ReadLong<O> {
        long apply(O owner, long a, long b);
    }

    /** Per reader thread: how deep its iterations are nested and the read stamp they share. */
    private static final class Iterating {
        int depth;
        long stamp;
    }

    private final transient ThreadLocal<Iterating> iterating = ThreadLocal.withInitial(Iterating::new);
    /** The thread holding the write lock, or null. Volatile: read by other threads to know they are not it. */
    private transient volatile Thread writer;
    // The fields below are touched only by the writer thread, under the write lock.
    private transient String writeOperation;
    private transient String writeTable;
    private transient int writerIterations;

    /**
     * The end of a failed optimistic read: the read threw {@code torn}. If no write ran since
     * {@code stamp}, the failure is real and is rethrown; otherwise the read saw a state being
     * changed, and the caller falls back to {@link #readLocked}.
     */
    void discardTorn(long stamp, RuntimeException torn) {
        if (validate(stamp)) {
            throw torn;
        }
    }

    /**
     * The fallback of an optimistic read that did not validate: runs {@code read} under the read
     * lock, or directly for the writer thread (the state is its own).
     */
    <O, R> R readLocked(O owner, long arg, Read<O, R> read) {
        if (writer == Thread.currentThread()) {
            return read.apply(owner, arg);
        }
        long readStamp = readLock();
        try {
            return read.apply(owner, arg);
        } finally {
            unlockRead(readStamp);
        }
    }

    /** {@link #readLocked}, specialised for primitive results so that counts and ids are not boxed. */
    <O> long readLongLocked(O owner, long a, long b, ReadLong<O> read) {
        if (writer == Thread.currentThread()) {
            return read.apply(owner, a, b);
        }
        long readStamp = readLock();
        try {
            return read.apply(owner, a, b);
        } finally {
            unlockRead(readStamp);
        }
    }

    /**
     * Runs {@code visit} with a consistent view: under the read lock (shared with other readers;
     * writers wait), or directly for the writer thread. Writes from this thread are refused
     * until it returns.
     */
    void iterate(Runnable visit) {
        boolean byWriter = beginIteration();
        try {
            visit.run();
        } finally {
            endIteration(byWriter);
        }
    }

    private boolean beginIteration() {
        if (writer == Thread.currentThread()) {
            writerIterations++;
            return true;
        }
        Iterating mine = iterating.get();
        if (mine.depth++ == 0) {
            mine.stamp = readLock();
        }
        return false;
    }

    private void endIteration(boolean byWriter) {
        if (byWriter) {
            writerIterations--;
            return;
        }
        Iterating mine = iterating.get();
        if (--mine.depth == 0) {
            unlockRead(mine.stamp);
        }
    }

    /**
     * Starts a single write: takes the write lock unless this thread holds it already (inside a
     * transaction). Returns the stamp to pass to {@link #endWrite}; 0 when nested.
     */
    long beginWrite(String operation, String table) {
        long stamp;
        if (writer == Thread.currentThread()) {
            if (writeOperation != null || writerIterations > 0) {
                throw busy(operation, table);
            }
            stamp = 0L;
        } else {
            stamp = acquire(operation, table);
        }
        writeOperation = operation;
        writeTable = table;
        return stamp;
    }

    void endWrite(long stamp) {
        writeOperation = null;
        writeTable = null;
        release(stamp);
    }

    /** Starts a transaction (or, nested, a savepoint); returns the stamp for {@link #endTransaction}. */
    long beginTransaction() {
        if (writer == Thread.currentThread()) {
            if (writeOperation != null || writerIterations > 0) {
                throw busy("transaction", "*");
            }
            return 0L;
        }
        return acquire("transaction", "*");
    }

    void endTransaction(long stamp) {
        release(stamp);
    }

    /** No single write is in progress and the writer has no iteration open (invariant S2). */
    boolean idle() {
        return writeOperation == null && writerIterations == 0;
    }

    private long acquire(String operation, String table) {
        long stamp = tryWriteLock();
        if (stamp == 0L) {
            if (iterating.get().depth > 0) {
                throw busy(operation, table);
            }
            stamp = writeLock();
        }
        writer = Thread.currentThread();
        return stamp;
    }

    private void release(long stamp) {
        if (stamp != 0L) {
            writer = null;
            unlockWrite(stamp);
        }
    }

    private StoreBusyException busy(String operation, String table) {
        String busyWith = writeOperation != null && writer == Thread.currentThread()
                ? writeOperation + " on table=" + writeTable
                : "iteration";
        return new StoreBusyException("write refused while the store is busy: operation=" + operation
                + " table=" + table + " busyWith=" + busyWith);
    }
}
