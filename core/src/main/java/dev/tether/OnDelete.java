package dev.tether;

/**
 * What happens to the rows of a relation's source table when the target row they point at is
 * deleted. The rules and their names are Django's {@code on_delete} options.
 *
 * <p>Django's {@code DO_NOTHING} is deliberately absent: it leaves dangling links, which Tether
 * never allows. Django's {@code SET(value)} is {@link #SET_DEFAULT} with the value declared on the
 * {@link ForeignKey}.
 */
public enum OnDelete {
    /** Delete the dependent rows too, recursively through their own relations. */
    CASCADE,
    /** Refuse the delete with {@link ProtectedException}, which lists the dependent rows. */
    PROTECT,
    /**
     * Refuse the delete with {@link RestrictedException}, unless every dependent row is itself
     * deleted by a {@link #CASCADE} in the same operation.
     */
    RESTRICT,
    /**
     * Rewrite the dependent rows' foreign key to {@link Ids#NONE}. Only for a
     * {@linkplain ForeignKey#nullable nullable} foreign key with a
     * {@linkplain ForeignKey#rewrittenBy rewriter}.
     */
    SET_NULL,
    /**
     * Rewrite the dependent rows' foreign key to the {@linkplain ForeignKey#withDefault declared
     * default} target, which must exist when the delete runs. Needs a default and a
     * {@linkplain ForeignKey#rewrittenBy rewriter}.
     */
    SET_DEFAULT
}
