package dev.tether.internal;

import dev.tether.StoreBusyException;

/**
 * Refuses writes that would run inside an iteration or inside another write's callback (a row
 * factory, a foreign key rewriter): both would mutate a map that is being read, or invalidate a
 * delete plan between its check and its change. One per store; single-threaded like the store.
 * Beginning a write stores two references and allocates nothing; the message is built only
 * when a write is refused.
 */
final class WriteGuard {
    private int iterations;
    private String writeOperation;
    private String writeTable;

    void beginWrite(String operation, String table) {
        if (iterations > 0 || writeOperation != null) {
            throw new StoreBusyException("write refused while the store is busy: operation=" + operation
                    + " table=" + table + " busyWith="
                    + (writeOperation != null ? writeOperation + " on table=" + writeTable
                            : "iteration, depth=" + iterations));
        }
        writeOperation = operation;
        writeTable = table;
    }

    void endWrite() {
        writeOperation = null;
        writeTable = null;
    }

    void beginIteration() {
        iterations++;
    }

    void endIteration() {
        iterations--;
    }

    boolean idle() {
        return iterations == 0 && writeOperation == null;
    }
}
