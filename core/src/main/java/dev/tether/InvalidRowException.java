package dev.tether;

/**
 * A row handed to the store is not acceptable: null, of the wrong type, with the reserved id
 * {@link Ids#NONE}, with an id other than the one the call expects, or a rewritten row that
 * breaks the {@link ForeignKeyRewriter} contract.
 */
public final class InvalidRowException extends TetherException {
    private static final long serialVersionUID = 1L;

    private final String table;

    /**
     * Creates the exception.
     *
     * @param table the table the row was meant for
     * @param message what is wrong, with {@code name=value} pairs
     */
    public InvalidRowException(String table, String message) {
        super(message);
        this.table = table;
    }

    /**
     * The table the row was meant for.
     *
     * @return the table name
     */
    public String table() {
        return table;
    }
}
