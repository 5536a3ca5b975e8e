package dev.tether;

/**
 * A foreign key names a target row that does not exist (or would not exist after the operation):
 * Django's "save() prohibited to prevent data loss due to unsaved related object".
 */
public final class MissingTargetException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String relation;
    private final long sourceId;
    private final long targetId;

    /**
     * Creates the exception.
     *
     * @param relation the relation
     * @param targetTable the table searched for the target
     * @param sourceId the source row
     * @param targetId the missing target id
     */
    public MissingTargetException(String relation, String targetTable, long sourceId, long targetId) {
        super("foreign key names a missing row: relation=" + relation + " sourceId=" + sourceId
                + " targetTable=" + targetTable + " targetId=" + targetId);
        this.relation = relation;
        this.sourceId = sourceId;
        this.targetId = targetId;
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

    /**
     * The missing target.
     *
     * @return its id
     */
    public long targetId() {
        return targetId;
    }
}
