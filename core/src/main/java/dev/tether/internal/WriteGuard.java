package dev.tether.internal;

import dev.tether.StoreBusyException;

/**
 * Refuses writes that would run inside an iteration or inside another write's callback (a row
 * factory, a foreign key rewriter): both would mutate a map that is being read, or invalidate a
 * delete plan between its check and its change. One per store; single-threaded like the store.
 */
final class WriteGuard {
    private int iterations;
    private String writeInProgress;

    void beginWrite(String operation, String table) {
        if (iterations > 0 || writeInProgress != null) {
            throw new StoreBusyException("write refused while the store is busy: operation=" + operation
                    + " table=" + table + " busyWith="
                    + (writeInProgress != null ? writeInProgress : "iteration, depth=" + iterations));
        }
        writeInProgress = operation + " on table=" + table;
    }

    void endWrite() {
        writeInProgress = null;
    }

    void beginIteration() {
        iterations++;
    }

    void endIteration() {
        iterations--;
    }

    boolean idle() {
        return iterations == 0 && writeInProgress == null;
    }
}
