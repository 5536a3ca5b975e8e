package dev.tether;

import dev.tether.internal.TableImpl;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * The rows of one table, keyed by primitive {@code long} ids. Obtain one from
 * {@link Store#table(TableDef)}. Every write either completes or throws a
 * {@link TetherException} with the store left exactly as it was.
 *
 * @param <T> the row type
 */
public abstract sealed class Table<T> permits TableImpl {
    /**
     * For the store only: the class is sealed to its one implementation, so that a call through it
     * binds to that implementation with no type check. Obtain a table from {@link Store#table(TableDef)}.
     */
    protected Table() {
    }

    /**
     * The most rows {@link #ensureCapacity} makes room for: 2^29, whose map of 2^30 slots is the
     * largest power of two a Java array can hold.
     */
    public static final int MAX_CAPACITY = 1 << 29;

    /**
     * The table's definition.
     *
     * @return the definition
     */
    public abstract TableDef<T> def();

    /**
     * The row with id {@code id}. One hash probe; allocates nothing.
     *
     * @param id the row id
     * @return the row
     * @throws NoSuchRowException if there is none (Django's {@code DoesNotExist})
     */
    public abstract T get(long id);

    /**
     * The row with id {@code id}, or {@code null}: the non-throwing variant for hot paths. One
     * hash probe; allocates nothing. This and {@link OneToOne#sourceOrNull}/{@link OneToOne#targetOrNull}
     * are the only methods that return null.
     *
     * @param id the row id
     * @return the row, or null if there is none
     */
    public abstract T getOrNull(long id);

    /**
     * The row with id {@code id}, if any. One hash probe.
     *
     * @param id the row id
     * @return the row, or empty
     */
    public abstract Optional<T> find(long id);

    /**
     * Whether a row has id {@code id}. One hash probe.
     *
     * @param id the row id
     * @return true if present
     */
    public abstract boolean contains(long id);

    /**
     * The number of rows. O(1).
     *
     * @return the row count
     */
    public abstract int size();

    /**
     * Inserts a row under its own id. Checks, before any change: the row is non-null and of the
     * table's type; its id is not {@link Ids#NONE} and not already present; each foreign key of
     * each relation the table is the source of names an existing target (a row may point at
     * itself) or is {@code Ids.NONE} on a nullable key; no one-to-one target is already claimed.
     * O(relations of the table).
     *
     * @param row the row
     * @return {@code row}
     * @throws InvalidRowException if the row is null, of the wrong type, or has the reserved id
     * @throws IntegrityException if the id is taken or a relation refuses the row
     * @throws StoreBusyException if called from inside an iteration or another write's callback
     */
    public abstract T insert(T row);

    /**
     * Inserts a row under the next id of the table's sequence. The sequence starts at 1 and
     * skips ids already present; it advances only when the insert succeeds, so a failed insert
     * consumes no id. The factory must return a row whose id is the one given; it must not write
     * to the store. Checks as {@link #insert(Object)}.
     *
     * @param factory builds the row from its new id ({@code id -> new User(id, "anna")})
     * @return the inserted row
     * @throws InvalidRowException if the factory returns null, a row of another type, or a row
     *         whose id is not the one given
     * @throws IntegrityException if a relation refuses the row
     */
    public abstract T insert(LongFunction<? extends T> factory);

    /**
     * Replaces the stored row that has the same id as {@code row}. A changed foreign key moves
     * the link atomically: the old target is freed, the new one checked for existence and
     * uniqueness. O(relations of the table).
     *
     * @param row the new version of the row
     * @return the row it replaced
     * @throws InvalidRowException if the row is null or of the wrong type
     * @throws NoSuchRowException if no row has its id
     * @throws IntegrityException if a relation refuses the new foreign key
     */
    public abstract T update(T row);

    /**
     * Deletes the row with id {@code id} and applies every relation's on-delete rule,
     * recursively: CASCADE deletes dependents, PROTECT and RESTRICT refuse, SET_NULL and
     * SET_DEFAULT rewrite. The whole cascade is collected and checked first; then it is applied
     * whole. O(rows deleted or rewritten), independent of table sizes.
     *
     * @param id the row id
     * @return the rows deleted, in total and per table
     * @throws NoSuchRowException if no row has that id
     * @throws ProtectedException if a PROTECT relation has a dependent row
     * @throws RestrictedException if a RESTRICT relation has a dependent that no CASCADE of this
     *         delete reaches
     * @throws IntegrityException if a SET_DEFAULT default is missing, being deleted or taken
     * @throws InvalidRowException if a {@link ForeignKeyRewriter} breaks its contract
     */
    public abstract DeleteResult delete(long id);

    /**
     * Makes room for {@code rows} rows in total: until the table holds more, inserts do not
     * rehash its map or the reverse index of any one-to-one relation whose foreign key lives in
     * its rows. Call it before a bulk load of known size, as you would presize an Eclipse
     * Collections map: a table grown by doubling copies itself about log2(rows) times on the
     * way. Allocates at once the smallest power of two of at least {@code 2 * rows} slots for
     * each map (12 bytes a slot for the rows, 16 for a one-to-one index). Many-to-one indexes
     * are not presized: how many targets the rows will share is unknown.
     *
     * <p>Changes no row, link or id sequence. Does nothing if the table's map already has room
     * for {@code rows} rows, from an earlier call or from growing. O(rows stored). The room stays when a
     * transaction that made it rolls back; on failure nothing changes.
     *
     * @param rows the number of rows to make room for, from 0 to {@link #MAX_CAPACITY}
     * @throws IllegalArgumentException if {@code rows} is negative or above {@link #MAX_CAPACITY}
     * @throws StoreBusyException if called from inside an iteration or another write's callback
     */
    public abstract void ensureCapacity(int rows);

    /**
     * Calls {@code action} with every id, in no particular order, without boxing. The store
     * refuses writes (with {@link StoreBusyException}) until the iteration ends. O(rows).
     *
     * @param action receives each id
     */
    public abstract void forEachId(LongConsumer action);

    /**
     * Calls {@code action} with every row, in no particular order. The store refuses writes (with
     * {@link StoreBusyException}) until the iteration ends. O(rows).
     *
     * @param action receives each row
     */
    public abstract void forEach(Consumer<? super T> action);
}
