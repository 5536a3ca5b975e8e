package dev.tether;

import dev.tether.internal.StoreImpl;

/**
 * An in-memory store of the tables and relations of one {@link Schema}.
 *
 * <pre>{@code
 * Store store = Store.create(schema);
 * Table<User> userTable = store.table(users);
 * OneToOne<Profile, User> profileOf = store.relation(profileUser);
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>Integrity.</b> Every foreign key names an existing row (or is {@link Ids#NONE} on a
 *       nullable key); no two source rows of a one-to-one relation share a target.</li>
 *   <li><b>Atomicity.</b> Each write (insert, update, delete with all its cascades) either
 *       happens whole or throws a {@link TetherException} and leaves the store exactly as it
 *       was. Checks run before any change.</li>
 *   <li><b>Cost.</b> Reads are a constant number of primitive hash probes and allocate nothing
 *       (except the {@code Optional}-returning variants). Insert and update cost O(relations of
 *       the table). A delete costs O(rows it deletes or rewrites), independent of table sizes.</li>
 * </ul>
 *
 * <h2>Rows are values</h2>
 * Rows are stored by reference. A row's id and foreign keys must not change while it is stored:
 * records guarantee it; plain classes must honour it. To change a row, {@link Table#update} it
 * with a new instance. {@link #checkInvariants()} detects a row mutated in place.
 *
 * <h2>Threading</h2>
 * A store is <b>thread-safe</b>, and each call is linearizable: it takes effect at one instant
 * between its start and its end.
 * <ul>
 *   <li><b>Writes</b> (each single write, or a whole {@linkplain #transaction transaction}) are
 *       serialized by one write lock per store.</li>
 *   <li><b>Reads</b> ({@code get}, {@code contains}, forward and reverse access, counts) take no
 *       lock while no write runs: they read optimistically and validate afterwards. A read that
 *       overlaps a write runs again under a shared read lock, so it waits for that write to
 *       finish. Reads never wait for other reads, and never see part of a write: never half a
 *       cascade, never a link without its row.</li>
 *   <li><b>Iteration</b> ({@code forEach...}) sees one consistent state: it holds the shared read
 *       lock until it returns, so writers wait for it. A write from inside an iteration on the
 *       same thread is refused with {@link StoreBusyException} (it would wait for itself), as is
 *       a write from inside a row factory or a {@link ForeignKeyRewriter}.</li>
 *   <li>Inside a transaction body, the transaction's thread reads and iterates its own writes
 *       without locking; other threads see none of them until the transaction returns.</li>
 * </ul>
 */
public interface Store {
    /**
     * Opens an empty store on {@code schema}.
     *
     * @param schema the tables and relations
     * @return a new, empty store
     */
    static Store create(Schema schema) {
        if (schema == null) {
            throw new SchemaException("schema is null");
        }
        return new StoreImpl(schema);
    }

    /**
     * The schema this store was opened on.
     *
     * @return the schema
     */
    Schema schema();

    /**
     * Typed access to a declared table. O(1).
     *
     * @param table a table of this store's schema
     * @param <T> the row type
     * @return the table
     * @throws UnknownNameException if {@code table} belongs to another schema
     */
    <T> Table<T> table(TableDef<T> table);

    /**
     * Access to a declared table by name, checked against the expected row type. O(1).
     *
     * @param name the table name
     * @param rowType the row type the caller expects
     * @param <T> the row type
     * @return the table
     * @throws UnknownNameException if no table has that name
     * @throws InvalidRowException if the table holds another row type
     */
    <T> Table<T> table(String name, Class<T> rowType);

    /**
     * Typed access to a declared one-to-one relation. O(1).
     *
     * @param relation a relation of this store's schema
     * @param <S> source row type
     * @param <T> target row type
     * @return the relation
     * @throws UnknownNameException if {@code relation} belongs to another schema
     */
    <S, T> OneToOne<S, T> relation(OneToOneDef<S, T> relation);

    /**
     * Typed access to a declared many-to-one relation. O(1).
     *
     * @param relation a relation of this store's schema
     * @param <S> source row type
     * @param <T> target row type
     * @return the relation
     * @throws UnknownNameException if {@code relation} belongs to another schema
     */
    <S, T> ManyToOne<S, T> relation(ManyToOneDef<S, T> relation);

    /**
     * Typed access to a declared many-to-many relation. O(1).
     *
     * @param relation a relation of this store's schema
     * @param <L> left row type
     * @param <R> right row type
     * @return the relation
     * @throws UnknownNameException if {@code relation} belongs to another schema
     */
    <L, R> ManyToMany<L, R> relation(ManyToManyDef<L, R> relation);

    /**
     * Access to a declared relation by name; its kind is {@code relation(name).def()}'s class.
     * O(1).
     *
     * @param name the relation name
     * @return the relation: a {@link OneToOne}, {@link ManyToOne} or {@link ManyToMany}
     * @throws UnknownNameException if no relation has that name
     */
    Relation relation(String name);

    /**
     * Runs {@code body} as one atomic unit: its inserts, updates and deletes (cascades included)
     * all take effect, or, if the body throws or any write in it is refused and the exception
     * leaves the body, none of them do: rows, links and id sequences are restored exactly, and
     * the exception reaches the caller. Other threads see none of its writes until it returns;
     * it holds the store's write lock throughout, so keep it short.
     *
     * <p><b>Single writes</b> inside the body stay atomic on their own: a refused insert changes
     * nothing, and a body that catches the exception may go on and commit the rest.
     *
     * <p><b>Nesting</b> makes a savepoint (Django's nested {@code atomic}): a transaction started
     * inside a body commits into the enclosing one, or, if its own body throws, undoes only its
     * own writes before the exception leaves it. The outermost transaction decides what is kept.
     *
     * <p>Cost: the body's cost, plus one undo record per changed map entry.
     *
     * @param body the reads and writes to run; receives this store
     * @param <R> the result type
     * @return what {@code body} returned
     * @throws StoreBusyException if called from inside an iteration or a write's callback
     */
    <R> R transaction(TransactionBody<R> body);

    /**
     * Verifies every numbered invariant of the store and its indexes: ids, links in both
     * directions, uniqueness, no dangling reference. O(rows). Changes nothing.
     *
     * @throws InvariantViolationException naming the broken invariant and the values involved
     */
    void checkInvariants();
}
