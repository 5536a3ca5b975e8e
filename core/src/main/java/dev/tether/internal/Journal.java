package dev.tether.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The undo log of the running transaction: every change to a map or a sequence made while a
 * transaction is open records how to reverse itself, and a rollback replays those records
 * backwards down to the transaction's (or savepoint's) mark. Outside a transaction nothing is
 * recorded: a single write is atomic by "check, then change" and needs no undo.
 *
 * <p>Touched only by the thread holding the store's write lock.
 */
final class Journal {
    private final List<Runnable> undo = new ArrayList<>();
    private int depth;

    boolean recording() {
        return depth > 0;
    }

    /**
     * Records how to reverse a change just made; a no-op outside a transaction. Callers test
     * {@link #recording()} first, so that single writes do not even build the undo closure.
     */
    void record(Runnable reverse) {
        if (depth > 0) {
            undo.add(reverse);
        }
    }

    /** Opens a transaction or a savepoint and returns its mark. */
    int begin() {
        depth++;
        return undo.size();
    }

    /** Closes a transaction or savepoint whose body succeeded; the outermost forgets its undo log. */
    void commit() {
        depth--;
        if (depth == 0) {
            undo.clear();
        }
    }

    /** Reverses every change since {@code mark}, newest first, and closes the transaction or savepoint. */
    void rollback(int mark) {
        int saved = depth;
        depth = 0;
        try {
            for (int i = undo.size() - 1; i >= mark; i--) {
                undo.remove(i).run();
            }
        } finally {
            depth = saved - 1;
            if (depth == 0) {
                undo.clear();
            }
        }
    }
}
