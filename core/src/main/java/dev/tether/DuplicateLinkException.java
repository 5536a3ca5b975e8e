package dev.tether;

/** A through-table row would link a pair of rows that another through row already links. */
public final class DuplicateLinkException extends IntegrityException {
    private static final long serialVersionUID = 1L;

    private final String relation;
    private final long leftId;
    private final long rightId;

    /**
     * Creates the exception.
     *
     * @param relation the many-to-many relation
     * @param leftId the left row of the pair
     * @param rightId the right row of the pair
     * @param existingThroughId the through row that already links the pair
     * @param rejectedThroughId the through row that was refused
     */
    public DuplicateLinkException(String relation, long leftId, long rightId, long existingThroughId,
                                  long rejectedThroughId) {
        super("pair already linked in many-to-many relation: relation=" + relation + " leftId=" + leftId
                + " rightId=" + rightId + " existingThroughId=" + existingThroughId
                + " rejectedThroughId=" + rejectedThroughId);
        this.relation = relation;
        this.leftId = leftId;
        this.rightId = rightId;
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
     * The left row of the pair.
     *
     * @return its id
     */
    public long leftId() {
        return leftId;
    }

    /**
     * The right row of the pair.
     *
     * @return its id
     */
    public long rightId() {
        return rightId;
    }
}
