package dev.tether;

/**
 * A write was attempted while the store is iterating a table or running a callback of another
 * write (a row factory or a {@link ForeignKeyRewriter}). Finish the iteration first, or collect
 * the ids and write afterwards.
 */
public final class StoreBusyException extends TetherException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the refused write and what the store was busy with
     */
    public StoreBusyException(String message) {
        super(message);
    }
}
