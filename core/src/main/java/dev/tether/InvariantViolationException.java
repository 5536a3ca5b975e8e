package dev.tether;

/**
 * {@link Store#checkInvariants()} found a broken invariant. With Tether's own writes this is a
 * bug; the usual outside cause is a stored row mutated in place (its id or foreign key changed
 * behind the store's back).
 */
public final class InvariantViolationException extends TetherException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the invariant's number and the values that break it
     */
    public InvariantViolationException(String message) {
        super(message);
    }
}
