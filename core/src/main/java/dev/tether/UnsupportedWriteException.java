package dev.tether;

/** A write that the relation does not offer, such as adding a link to a relation with a through table. */
public final class UnsupportedWriteException extends TetherException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the refused write and what to do instead, with {@code name=value} pairs
     */
    public UnsupportedWriteException(String message) {
        super(message);
    }
}
