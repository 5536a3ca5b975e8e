package dev.tether;

/**
 * A write would break a constraint: Django's {@code IntegrityError}. Nothing was changed.
 */
public abstract sealed class IntegrityException extends TetherException
        permits DuplicateIdException, UniqueViolationException, MissingTargetException,
        NullForeignKeyException, DuplicateLinkException {
    private static final long serialVersionUID = 1L;

    IntegrityException(String message) {
        super(message);
    }
}
