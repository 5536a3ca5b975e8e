package dev.tether;

import dev.tether.internal.OneToOneImpl;
import java.util.Optional;

/**
 * Both directions of a one-to-one relation. Obtain one from {@link Store#relation(OneToOneDef)}.
 * Forward access ({@code profile -> user}) reads the source row's key and probes the target
 * table once. Reverse access ({@code user -> profile}) probes the relation's index, then the
 * source table: two probes (one for a shared primary key). Nothing here allocates, except the
 * {@code Optional}-returning variants.
 *
 * @param <S> source row type (holds the foreign key)
 * @param <T> target row type
 */
public abstract sealed class OneToOne<S, T> implements ForeignKeyRelation<S, T> permits OneToOneImpl {
    /**
     * For the store only: the class is sealed to its one implementation, so that a call through it
     * binds to that implementation with no type check. Obtain a one-to-one relation from
     * {@link Store#relation(OneToOneDef)}.
     */
    protected OneToOne() {
    }

    @Override
    public abstract OneToOneDef<S, T> def();

    /**
     * Reverse access: the source row that points at {@code targetId} ({@code user.profile}).
     *
     * @param targetId a target id
     * @return the source row
     * @throws RelatedRowDoesNotExistException if no source row points at it (Django's
     *         "User has no profile.")
     */
    public abstract S source(long targetId);

    /**
     * Reverse access without exceptions: the hot-path variant.
     *
     * @param targetId a target id
     * @return the source row, or null
     */
    public abstract S sourceOrNull(long targetId);

    /**
     * Reverse access as an {@code Optional}.
     *
     * @param targetId a target id
     * @return the source row, or empty
     */
    public abstract Optional<S> findSource(long targetId);

    /**
     * Reverse access to the id only: one probe, no row read.
     *
     * @param targetId a target id
     * @return the source row's id, or {@link Ids#NONE} if no row points at the target
     */
    public abstract long sourceId(long targetId);
}
