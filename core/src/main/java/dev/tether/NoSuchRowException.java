package dev.tether;

/** No row has the requested id: Django's {@code DoesNotExist}. */
public final class NoSuchRowException extends TetherException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final long id;

    /**
     * Creates the exception.
     *
     * @param table the table searched
     * @param id the missing id
     */
    public NoSuchRowException(String table, long id) {
        super("row does not exist: table=" + table + " id=" + id);
        this.table = table;
        this.id = id;
    }

    /**
     * The table searched.
     *
     * @return the table name
     */
    public String table() {
        return table;
    }

    /**
     * The missing id.
     *
     * @return the id
     */
    public long id() {
        return id;
    }
}
