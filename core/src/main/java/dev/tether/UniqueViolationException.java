package dev.tether;

/** A second source row would point at a target that a one-to-one relation has already given away. */
public final class UniqueViolationException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String relation;
    private final long existingSourceId;
    private final long rejectedSourceId;
    private final long targetId;

    /**
     * Creates the exception.
     *
     * @param relation the one-to-one relation
     * @param existingSourceId the source row that already holds the target
     * @param rejectedSourceId the source row that was refused
     * @param targetId the contested target
     */
    public UniqueViolationException(String relation, long existingSourceId, long rejectedSourceId, long targetId) {
        super("target already claimed in one-to-one relation: relation=" + relation + " targetId=" + targetId
                + " existingSourceId=" + existingSourceId + " rejectedSourceId=" + rejectedSourceId);
        this.relation = relation;
        this.existingSourceId = existingSourceId;
        this.rejectedSourceId = rejectedSourceId;
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
     * The source row that already holds the target.
     *
     * @return its id
     */
    public long existingSourceId() {
        return existingSourceId;
    }

    /**
     * The source row that was refused.
     *
     * @return its id
     */
    public long rejectedSourceId() {
        return rejectedSourceId;
    }

    /**
     * The contested target.
     *
     * @return its id
     */
    public long targetId() {
        return targetId;
    }
}
