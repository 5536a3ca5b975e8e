package dev.tether;

/** A row holds {@link Ids#NONE} in a foreign key that is not nullable. */
public final class NullForeignKeyException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String relation;
    private final long sourceId;

    /**
     * Creates the exception.
     *
     * @param relation the relation
     * @param sourceId the source row
     */
    public NullForeignKeyException(String relation, long sourceId) {
        super("foreign key is not nullable: relation=" + relation + " sourceId=" + sourceId
                + " targetId=Ids.NONE");
        this.relation = relation;
        this.sourceId = sourceId;
    }

    /**
     * The relation.
     *
     * @return the relation name
     */
    public String relation() {
        return relation;
    }

    /**
     * The source row.
     *
     * @return its id
     */
    public long sourceId() {
        return sourceId;
    }
}
