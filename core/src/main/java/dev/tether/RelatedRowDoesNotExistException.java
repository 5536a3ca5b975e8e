package dev.tether;

/**
 * A relation has no row on the other side: Django's {@code RelatedObjectDoesNotExist}
 * ("User has no profile."). Thrown by reverse access to a target that no source row points at,
 * and by forward access from a source row whose nullable key holds {@link Ids#NONE}.
 */
public final class RelatedRowDoesNotExistException extends TetherException {
    private static final long serialVersionUID = 1L;

    private final String relation;
    private final String table;
    private final long id;
    private final String missingTable;

    /**
     * Creates the exception.
     *
     * @param relation the relation followed
     * @param table the table of the row the access started from
     * @param id the id of the row the access started from
     * @param missingTable the table in which no related row exists
     */
    public RelatedRowDoesNotExistException(String relation, String table, long id, String missingTable) {
        super(table + " row has no " + missingTable + " row: relation=" + relation + " table=" + table
                + " id=" + id + " missingTable=" + missingTable);
        this.relation = relation;
        this.table = table;
        this.id = id;
        this.missingTable = missingTable;
    }

    /**
     * The relation followed.
     *
     * @return the relation name
     */
    public String relation() {
        return relation;
    }

    /**
     * The table of the row the access started from.
     *
     * @return the table name
     */
    public String table() {
        return table;
    }

    /**
     * The id of the row the access started from.
     *
     * @return the id
     */
    public long id() {
        return id;
    }

    /**
     * The table in which no related row exists.
     *
     * @return the table name
     */
    public String missingTable() {
        return missingTable;
    }
}
