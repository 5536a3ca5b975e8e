package dev.tether;

import java.util.Optional;

/**
 * The forward direction of a relation carried by a foreign key (one-to-one or many-to-one):
 * from a source row to the target its key names. One probe of the target table; nothing is
 * allocated except by {@link #findTarget}.
 *
 * @param <S> source row type (holds the foreign key)
 * @param <T> target row type
 */
public interface ForeignKeyRelation<S, T> extends Relation {
    @Override
    ForeignKeyDef<S, T> def();

    /**
     * Forward access: the target that {@code source} points at ({@code profile.user}).
     *
     * @param source a source row
     * @return the target row
     * @throws RelatedRowDoesNotExistException if the nullable key holds {@link Ids#NONE}
     * @throws NoSuchRowException if {@code source} is not stored and names a missing target
     */
    T target(S source);

    /**
     * Forward access without exceptions.
     *
     * @param source a source row
     * @return the target row, or null if the key holds {@link Ids#NONE} or names no row
     */
    T targetOrNull(S source);

    /**
     * Forward access as an {@code Optional}.
     *
     * @param source a source row
     * @return the target row, or empty
     */
    Optional<T> findTarget(S source);
}
