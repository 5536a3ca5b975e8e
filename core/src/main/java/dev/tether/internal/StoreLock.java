package dev.tether.internal;

import dev.tether.StoreBusyException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.StampedLock;

/**
 * Who may read and write a store, and when.
 *
 * <h2>Design</h2>
 * One {@link StampedLock} per store. Writes (each single write, or a whole transaction) take the
 * write lock, so they are serialized and a reader never sees half of one. Reads take no lock at
 * all in the common case: they run optimistically and validate a stamp afterwards; if a write
 * ran meanwhile, or a torn read threw, they run again under the read lock, which readers share.
 * Iterations hold the read lock throughout, so an iteration sees one consistent state and
 * writers wait for it to finish. The thread holding the write lock (inside a transaction body or
 * a callback) reads and iterates without locking: the state is its own.
 *
 * <p>The optimistic stamp is not StampedLock's but a seqlock beside it: a counter
 * ({@code writes}) that a writer increments once it holds the write lock (odd: a write is
 * running; an atomic add followed by a store-store fence, as StampedLock's own write lock is a
 * CAS followed by one) and again before it releases it (even: a release write after every
 * change, which is all a seqlock's end needs. A volatile write adds a full fence; with it and a
 * volatile write of {@code writer}, insert-then-delete at 10,000 rows took 162-182 ns and moving
 * a link 122-139 ns, with release writes 130-144 ns and 100-125 ns, in 2 interleaved rounds).
 * {@link #optimisticStamp} is one volatile load and a mask; {@link #unchangedSince}
 * a load fence, one volatile load and one compare. StampedLock's {@code tryOptimisticRead} and
 * {@code validate} do the same work with more instructions (testing the writer bit, masking the
 * reader bits out of its state), and on the lookup path that showed: getById at 1,000,000 rows, where every
 * iteration waits on DRAM and the instructions in flight decide how many misses overlap, took
 * 265 to 300 ns with them, 195 to 268 (median 219) with the counter (then still testing the
 * odd bit at the end), and 160 to 189 with no validation at all, against the raw map's 167 to 187.
 *
 * <p>This class is that {@link StampedLock}: it extends it rather than holding one, so that a
 * read loads the counter straight from the object every table and relation already
 * references. Nothing outside this class calls the inherited lock methods. A store is never
 * serialized; the {@code serialVersionUID} and the {@code transient} fields only answer the
 * inherited {@link java.io.Serializable}.
 *
 * <h2>The read idiom</h2>
 * Every read method of the store writes its optimistic attempt out in its own body and shares
 * only the cold fallback:
 * <pre>{@code
 * StoreLock lock = this.lock;
 * long stamp = lock.optimisticStamp();
 * try {
 *     T row = rows.get(id);
 *     if (lock.unchangedSince(stamp)) {
 *         return row;
 *     }
 * } catch (RuntimeException torn) {
 *     lock.discardTorn(stamp, torn);
 * }
 * return lock.readLocked(rows, id, RowMap::get);
 * }</pre>
 * The lock is read into a local once: C2 does not trust final instance fields, so
 * {@code unchangedSince} on the field would load it again after the fence, with a null check.
 * A shared fast path taking the probe as a lambda would be one method whose call site sees
 * every probe of the store. HotSpot's C2 compiles such a method on its own with the probes it
 * has seen inlined, then finds it too big to inline into its callers ("already compiled into a
 * big method"), and every lookup pays a call and a type switch. That was Tether's first design:
 * a user read followed by a reverse lookup ran at 0.47x the floor's throughput (9.0 against
 * 19.0 ops/us at 10,000 pairs). While any write lock is held the stamp is one below the
 * counter, so {@code unchangedSince} is false: a read made during a write, or by the writer
 * thread itself, makes one discarded attempt and then falls back.
 *
 * <h2>Plain reads, and why they are safe</h2>
 * An optimistic read probes the structures of the store, all of them its own
 * {@link OpenHashKeys} tables ({@link RowMap} rows and multimap groups, {@link LongIndex}
 * one-to-one indexes and single-valued multimap keys, {@link LongSet} big multimap groups) and
 * the multimap's small {@code long[]} groups, with plain (non-volatile) loads while a writer may
 * be changing them. It may then see a stale or half-made state: a resize's new keys with the old
 * values, a key shifted back mid-removal, a multimap key between its single map and its group,
 * a group changed in place or replaced. None of that escapes, for three reasons:
 * <ol>
 *   <li>Wrong values are discarded. Every change to these structures is made under the write
 *       lock (single writes, transactions, rollbacks; no read path writes, not even lazily), and
 *       {@link #unchangedSince} (a load fence, then a volatile read of the counter) fails
 *       whenever a write lock was held at the stamp or taken since. The result is then dropped and
 *       the read repeated under the read lock. A validated result is also safely published: the
 *       stamp's volatile read saw the even count the last writer wrote, with a release write,
 *       after its changes. The tables are never replaced; they resize in place, filling the new
 *       arrays before they publish them, keys first ({@link OpenHashKeys}).</li>
 *   <li>Failures are discarded. A torn probe can only throw an
 *       {@link ArrayIndexOutOfBoundsException} (a slot of one keys array used on a values array of
 *       another size, or the -1 of a probe that found neither its key nor a free slot); it is a
 *       {@link RuntimeException}, discarded the same way and rethrown only if the stamp is still
 *       valid (a real failure). Every cast of a multimap group is guarded by {@code instanceof}.
 *       The probes allocate nothing and do not recurse, so no {@link Error} can come from a torn
 *       read.</li>
 *   <li>Probes end. An {@link OpenHashKeys} probe visits each slot of the one keys array it
 *       loaded at most once, whatever it sees, and a small group is scanned up to its own length,
 *       so a changing structure yields a wrong value (discarded by reason 1), never a loop.</li>
 * </ol>
 * This is the idiom the {@code StampedLock} documentation describes for its optimistic reads.
 * {@code OptimisticReadStress} (jcstress) races it against resizes of each kind of table and of a
 * multimap, against a multimap key's move from its single map into a group, and against a row
 * map's removal shifting keys back; with validation skipped, its quick mode saw wrong results
 * escape in every structure with values (a set's resize has none to tear); the Lincheck and
 * concurrent stress tests exercise every read method through the store.
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

    private static final VarHandle WRITES;
    private static final VarHandle WRITER;

    static {
        try {
            WRITES = MethodHandles.lookup().findVarHandle(StoreLock.class, "writes", long.class);
            WRITER = MethodHandles.lookup().findVarHandle(StoreLock.class, "writer", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The seqlock of the optimistic reads: incremented when a writer takes the write lock and
     * again before it lets go, so it is odd exactly while a write holds the lock, and changes
     * whenever one ran.
     */
    private transient volatile long writes;
    private final transient ThreadLocal<Iterating> iterating = ThreadLocal.withInitial(Iterating::new);
    /**
     * The thread holding the write lock, or null. Every thread reads it only to ask whether it is
     * that thread itself, and only the holder writes it (itself, then null before it lets go).
     * A thread always sees its own last write, so the answer is right in any access mode: the
     * field is volatile for its reads, and written with release stores, which need no fence.
     */
    private transient volatile Thread writer;
    // The fields below are touched only by the writer thread, under the write lock.
    private transient String writeOperation;
    private transient String writeTable;
    private transient int writerIterations;

    /**
     * The start of an optimistic read: the stamp to pass to {@link #unchangedSince} once the
     * read's plain loads are done. One volatile load. While a write holds the lock the counter is
     * odd and the stamp is the even value below it, which the counter never takes again, so the
     * read is discarded without a test of its own.
     */
    long optimisticStamp() {
        return writes & ~1L;
    }

    /**
     * Whether no write held the lock at {@code stamp} or took it since: then every plain load
     * made after {@link #optimisticStamp} saw one consistent state. A load fence, then one
     * volatile load and one compare.
     */
    boolean unchangedSince(long stamp) {
        VarHandle.acquireFence();
        return writes == stamp;
    }

    /**
     * The end of a failed optimistic read: the read threw {@code torn}. If no write ran since
     * {@code stamp}, the failure is real and is rethrown; otherwise the read saw a state being
     * changed, and the caller falls back to {@link #readLocked}.
     */
    void discardTorn(long stamp, RuntimeException torn) {
        if (unchangedSince(stamp)) {
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
        // Odd from here on, and, as after StampedLock's own write-lock CAS, a store-store fence:
        // a reader that sees any write of the state made after it also sees the odd count.
        WRITES.getAndAdd(this, 1L);
        VarHandle.storeStoreFence();
        WRITER.setRelease(this, Thread.currentThread());
        return stamp;
    }

    private void release(long stamp) {
        if (stamp != 0L) {
            WRITER.setRelease(this, (Thread) null);
            // Even again, after every write of the state: the release write publishes them.
            WRITES.setRelease(this, writes + 1);
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
