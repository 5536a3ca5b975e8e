package dev.tether.bench.userprofile;

/**
 * Which schema a user/profile world is built with. Every implementation reads the same shape the
 * same way: Tether through its {@code OnDelete} rules, the floor and the hash-map world through
 * their hand-written delete code, H2 through {@code ON DELETE} clauses.
 */
public enum Shape {
    /** Users and profiles, one profile per user; deleting a user cascades to its profile. */
    PAIRS(true, false),
    /** As {@link #PAIRS}, but a user with a profile cannot be deleted (Tether PROTECT, SQL RESTRICT). */
    PROTECTED_PAIRS(false, false),
    /** As {@link #PAIRS}, plus one avatar per profile: deleting a user cascades to profile and avatar. */
    CHAIN(true, true);

    private final boolean cascades;
    private final boolean avatars;

    Shape(boolean cascades, boolean avatars) {
        this.cascades = cascades;
        this.avatars = avatars;
    }

    /**
     * Whether deleting a user deletes its profile (true) or is refused while it has one (false).
     *
     * @return true for a cascade, false for a refusal
     */
    public boolean cascades() {
        return cascades;
    }

    /**
     * Whether each profile has an avatar pointing at it, one-to-one, with a cascade.
     *
     * @return true for the three-level chain
     */
    public boolean avatars() {
        return avatars;
    }
}
