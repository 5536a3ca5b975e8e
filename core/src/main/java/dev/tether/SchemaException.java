package dev.tether;

/** A schema declaration is invalid: thrown by {@link Schema.Builder} before any store exists. */
public final class SchemaException extends TetherException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, with {@code name=value} pairs
     */
    public SchemaException(String message) {
        super(message);
    }
}
