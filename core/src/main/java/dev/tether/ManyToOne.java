package dev.tether;

import dev.tether.internal.ManyToOneImpl;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Both directions of a many-to-one relation (Django's {@code ForeignKey}). Obtain one from
 * {@link Store#relation(ManyToOneDef)}. Forward access ({@code album -> artist}) reads the source
 * row's key and probes the target table once. Reverse access ({@code artist -> albums}) reads the
 * relation's index in place: count and membership are O(1), iteration is O(1) per element, with
 * no boxing and no copy.
 *
 * <p><b>Order.</b> Reverse iteration visits a target's source rows in no specified order (the
 * order of a primitive hash set), which may change as rows are added and removed.
 *
 * @param <S> source row type (holds the foreign key)
 * @param <T> target row type
 */
public abstract sealed class ManyToOne<S, T> implements ForeignKeyRelation<S, T> permits ManyToOneImpl {
    /**
     * For the store only: the class is sealed to its one implementation, so that a call through it
     * binds to that implementation with no type check. Obtain a many-to-one relation from
     * {@link Store#relation(ManyToOneDef)}.
     */
    protected ManyToOne() {
    }

    @Override
    public abstract ManyToOneDef<S, T> def();

    /**
     * How many source rows point at {@code targetId} ({@code artist.album_set.count()}). O(1).
     *
     * @param targetId a target id
     * @return the number of source rows, 0 if none
     */
    public abstract int sourceCount(long targetId);

    /**
     * Whether source row {@code sourceId} points at {@code targetId}. O(1).
     *
     * @param targetId a target id
     * @param sourceId a source id
     * @return true if linked
     */
    public abstract boolean hasSource(long targetId, long sourceId);

    /**
     * Calls {@code action} with the id of every source row pointing at {@code targetId}, in no
     * specified order, without boxing or copying. Writes are refused while it runs
     * ({@link StoreBusyException}). O(1) per element.
     *
     * @param targetId a target id
     * @param action receives each source id
     */
    public abstract void forEachSourceId(long targetId, LongConsumer action);

    /**
     * Calls {@code action} with every source row pointing at {@code targetId}, in no specified
     * order. Writes are refused while it runs. O(1) per element (one probe each).
     *
     * @param targetId a target id
     * @param action receives each source row
     */
    public abstract void forEachSource(long targetId, Consumer<? super S> action);
}
