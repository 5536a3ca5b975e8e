package dev.tether.internal;

/**
 * The next id a table assigns: starts at 1, skips ids already taken, and moves past an id only
 * when an insert under it succeeds. Amortised O(1): outside a rolled-back transaction it never
 * moves backwards. A transaction's rollback restores it (the journal records each advance), so
 * ids handed out inside a rolled-back transaction are handed out again.
 */
final class IdSequence {
    private final Journal journal;
    private long next = 1;

    IdSequence(Journal journal) {
        this.journal = journal;
    }

    long peek(RowMap<?> rows) {
        long candidate = next;
        while (rows.containsKey(candidate)) {
            candidate = Math.incrementExact(candidate);
        }
        return candidate;
    }

    void consumed(long id) {
        long previous = next;
        next = Math.incrementExact(id);
        if (journal.recording()) {
            journal.record(() -> next = previous);
        }
    }
}
