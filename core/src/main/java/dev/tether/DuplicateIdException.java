package dev.tether;

/** An insert names an id the table already holds. */
public final class DuplicateIdException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final long id;

    /**
     * Creates the exception.
     *
     * @param table the table
     * @param id the id already present
     */
    public DuplicateIdException(String table, long id) {
        super("duplicate id: table=" + table + " id=" + id);
        this.table = table;
        this.id = id;
    }

    /**
     * The table.
     *
     * @return the table name
     */
    public String table() {
        return table;
    }

    /**
     * The id already present.
     *
     * @return the id
     */
    public long id() {
        return id;
    }
}
