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
 *       volatile read follows the last writer's unlock.</li>
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
 * (jcstress) races these reads against rehashes of all three structures, and fails when
 * validation is skipped; the Lincheck and concurrent stress tests exercise it through the store.
 *
 * <h2>Writes refused</h2>
 * A write from inside an iteration would wait forever for the iteration's own read lock; a write
 * from inside another write's callback (a row factory, a foreign key rewriter) would invalidate
 * that write's checks. Both are refused with {@link StoreBusyException}.
 */
final class StoreLock {
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

    private final StampedLock lock = new StampedLock();
    private final ThreadLocal<Iterating> iterating = ThreadLocal.withInitial(Iterating::new);
    /** The thread holding the write lock, or null. Volatile: read by other threads to know they are not it. */
    private volatile Thread writer;
    // The fields below are touched only by the writer thread, under the write lock.
    private String writeOperation;
    private String writeTable;
    private int writerIterations;

    <O, R> R read(O owner, long arg, Read<O, R> read) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0L) {
            try {
                R result = read.apply(owner, arg);
                if (lock.validate(stamp)) {
                    return result;
                }
            } catch (RuntimeException torn) {
                if (lock.validate(stamp)) {
                    throw torn;
                }
            }
        }
        if (writer == Thread.currentThread()) {
            return read.apply(owner, arg);
        }
        long readStamp = lock.readLock();
        try {
            return read.apply(owner, arg);
        } finally {
            lock.unlockRead(readStamp);
        }
    }

    /** {@link #read}, specialised for primitive results so that counts and ids are not boxed. */
    <O> long readLong(O owner, long a, long b, ReadLong<O> read) {
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0L) {
            try {
                long result = read.apply(owner, a, b);
                if (lock.validate(stamp)) {
                    return result;
                }
            } catch (RuntimeException torn) {
                if (lock.validate(stamp)) {
                    throw torn;
                }
            }
        }
        if (writer == Thread.currentThread()) {
            return read.apply(owner, a, b);
        }
        long readStamp = lock.readLock();
        try {
            return read.apply(owner, a, b);
        } finally {
            lock.unlockRead(readStamp);
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
            mine.stamp = lock.readLock();
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
            lock.unlockRead(mine.stamp);
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
        long stamp = lock.tryWriteLock();
        if (stamp == 0L) {
            if (iterating.get().depth > 0) {
                throw busy(operation, table);
            }
            stamp = lock.writeLock();
        }
        writer = Thread.currentThread();
        return stamp;
    }

    private void release(long stamp) {
        if (stamp != 0L) {
            writer = null;
            lock.unlockWrite(stamp);
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
