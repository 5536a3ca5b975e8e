package dev.tether;

/**
 * The one reserved id value.
 *
 * <p>Every {@code long} is a valid row id except {@link #NONE}. A nullable foreign key holds
 * {@code NONE} to say "no target" (Django's {@code null}), and the primitive lookups of
 * {@link OneToOne} return it when there is no related row. A row whose id is {@code NONE} is
 * rejected with {@link InvalidRowException}.
 */
public final class Ids {
    /** The reserved id, {@link Long#MIN_VALUE}: "no row". Never the id of a stored row. */
    public static final long NONE = Long.MIN_VALUE;

    private Ids() {
    }
}
