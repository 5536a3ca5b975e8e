package dev.tether;

import dev.tether.internal.ManyToManyImpl;
import java.util.function.LongConsumer;

/**
 * Both directions of a many-to-many relation. Obtain one from
 * {@link Store#relation(ManyToManyDef)}. Every read is O(1), or O(1) per element for iteration,
 * with no boxing and no copy; iteration order is unspecified.
 *
 * <p>The writes ({@link #add}, {@link #remove}, {@link #set}, {@link #clear}) are for implicit
 * link sets. For a relation with a through table, insert and delete the through table's rows
 * instead (they carry the extra fields); the writes here are refused with
 * {@link UnsupportedWriteException}. Deleting a row on either side removes its links (for a
 * through table, by its many-to-one relations' on-delete rules), and the delete result counts
 * them: implicit links under the relation's name, through rows under the through table's name.
 *
 * @param <L> the left row type
 * @param <R> the right row type
 */
public abstract sealed class ManyToMany<L, R> implements Relation permits ManyToManyImpl {
    /**
     * For the store only: the class is sealed to its one implementation, so that a call through it
     * binds to that implementation with no type check. Obtain a many-to-many relation from
     * {@link Store#relation(ManyToManyDef)}.
     */
    protected ManyToMany() {
    }

    @Override
    public abstract ManyToManyDef<L, R> def();

    /**
     * Links {@code leftId} and {@code rightId}. Adding an existing link is a no-op (as in Django).
     * O(1).
     *
     * @param leftId a left row id
     * @param rightId a right row id
     * @return true if the link is new, false if it existed
     * @throws MissingTargetException if either row does not exist
     * @throws UnsupportedWriteException if the relation has a through table
     */
    public abstract boolean add(long leftId, long rightId);

    /**
     * Unlinks {@code leftId} and {@code rightId}. O(1).
     *
     * @param leftId a left row id
     * @param rightId a right row id
     * @return true if the link existed
     * @throws UnsupportedWriteException if the relation has a through table
     */
    public abstract boolean remove(long leftId, long rightId);

    /**
     * Makes {@code rightIds} exactly the right rows linked to {@code leftId}, by removing the
     * links not in it and adding the missing ones (a difference, not clear-and-add). Every id is
     * checked before anything changes. O((current links of the row + rightIds) log rightIds): the
     * wanted ids are sorted, not hashed.
     *
     * @param leftId a left row id
     * @param rightIds the right row ids to be linked; duplicates are allowed
     * @throws NoSuchRowException if the left row does not exist
     * @throws MissingTargetException if a right row does not exist
     * @throws UnsupportedWriteException if the relation has a through table
     */
    public abstract void set(long leftId, long... rightIds);

    /**
     * Removes every link of {@code leftId}. O(its links).
     *
     * @param leftId a left row id
     * @return the number of links removed
     * @throws UnsupportedWriteException if the relation has a through table
     */
    public abstract int clear(long leftId);

    /**
     * Whether {@code leftId} and {@code rightId} are linked. O(1).
     *
     * @param leftId a left row id
     * @param rightId a right row id
     * @return true if linked
     */
    public abstract boolean contains(long leftId, long rightId);

    /**
     * How many right rows {@code leftId} is linked to. O(1).
     *
     * @param leftId a left row id
     * @return the count, 0 if none
     */
    public abstract int rightCount(long leftId);

    /**
     * How many left rows {@code rightId} is linked to. O(1).
     *
     * @param rightId a right row id
     * @return the count, 0 if none
     */
    public abstract int leftCount(long rightId);

    /**
     * Calls {@code action} with every right id linked to {@code leftId}; writes are refused
     * while it runs. O(1) per element.
     *
     * @param leftId a left row id
     * @param action receives each right id
     */
    public abstract void forEachRightId(long leftId, LongConsumer action);

    /**
     * Calls {@code action} with every left id linked to {@code rightId}; writes are refused
     * while it runs. O(1) per element.
     *
     * @param rightId a right row id
     * @param action receives each left id
     */
    public abstract void forEachLeftId(long rightId, LongConsumer action);
}
