package dev.tether;

/**
 * The root of every exception Tether throws. The hierarchy is sealed, so a {@code switch} over
 * it can be exhaustive. Messages carry {@code name=value} pairs naming the tables, relations
 * and ids involved.
 *
 * <p>Whenever an operation throws a {@code TetherException}, the store is exactly as it was
 * before the call.
 */
public abstract sealed class TetherException extends RuntimeException
        permits SchemaException, UnknownNameException, InvalidRowException, NoSuchRowException,
        RelatedRowDoesNotExistException, IntegrityException, DeleteRefusedException,
        StoreBusyException, InvariantViolationException, UnsupportedWriteException {
    private static final long serialVersionUID = 1L;

    TetherException(String message) {
        super(message);
    }
}
