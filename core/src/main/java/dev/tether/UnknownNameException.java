package dev.tether;

/** A table or relation was asked for that the store's schema does not declare. */
public final class UnknownNameException extends TetherException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String name;

    /**
     * Creates the exception.
     *
     * @param kind "table" or "relation"
     * @param name the name asked for
     * @param known the names the schema declares, for the message
     */
    public UnknownNameException(String kind, String name, Iterable<String> known) {
        super("unknown " + kind + ": " + kind + "=" + name + " known=" + known);
        this.kind = kind;
        this.name = name;
    }

    /**
     * What was asked for.
     *
     * @return "table" or "relation"
     */
    public String kind() {
        return kind;
    }

    /**
     * The unknown name.
     *
     * @return the name asked for
     */
    public String name() {
        return name;
    }
}
