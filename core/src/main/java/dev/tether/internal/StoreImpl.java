package dev.tether.internal;

import dev.tether.InvalidRowException;
import dev.tether.ManyToMany;
import dev.tether.ManyToManyDef;
import dev.tether.ManyToOne;
import dev.tether.ManyToOneDef;
import dev.tether.OneToOne;
import dev.tether.OneToOneDef;
import dev.tether.Relation;
import dev.tether.RelationDef;
import dev.tether.Schema;
import dev.tether.Store;
import dev.tether.Table;
import dev.tether.TableDef;
import dev.tether.TransactionBody;
import dev.tether.UnknownNameException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The store: one {@link TableImpl} per declared table and one relation object per declared
 * relation ({@link OneToOneImpl}, {@link ManyToOneImpl}, {@link ManyToManyImpl}), wired so that
 * each table knows the relations it is the source of (checked on its inserts and updates), the
 * relations pointing into it (followed by its deletes), the implicit many-to-many relations it
 * is a side of (its deletes remove links) and those it is the through table of.
 *
 * <h2>Design</h2>
 * Concurrency is the {@link StoreLock}'s: serialized writes, optimistic validated reads, read-locked
 * iterations. Transactions are the {@link Journal}'s: every map change made inside one records its
 * inverse, and a rollback replays them backwards. Everything else is resolved when the store
 * opens: lookups by definition or name are hash lookups done once by the caller, and the hot paths
 * ({@code Table.get}, {@code OneToOne.sourceOrNull}) touch only primitive maps. Writes follow
 * "check, then change": every check that can fail runs before the first map is modified, so a
 * failed single write needs no undo. The {@link StoreLock} refuses writes from inside iterations
 * and callbacks, which would otherwise break that rule.
 *
 * <h2>Invariants</h2>
 * Checked by {@link InvariantChecker} (through {@link #checkInvariants()}) after every test
 * action; the row map invariants are listed on {@link RowMap} (P1 to P4), the relation
 * invariants on {@link OneToOneImpl} (R1 to R5),
 * {@link LongMultimap} (M1 to M6) and {@link ManyToManyImpl} (L1 to L3).
 * <ol>
 *   <li>S1 (rows): every row stored under id k is non-null, an instance of its table's row
 *       type, reads back id k through the table's accessor, and k is not {@code Ids.NONE}.</li>
 *   <li>S2 (quiescence): between operations no single write is in progress and the writer has no
 *       iteration open, also after an operation that threw.</li>
 * </ol>
 */
public final class StoreImpl implements Store {
    private final Schema schema;
    private final StoreLock lock = new StoreLock();
    private final Journal journal = new Journal();
    private final List<TableImpl<?>> tables = new ArrayList<>();
    private final List<KeyRelation<?, ?>> keyRelations = new ArrayList<>();
    private final List<ManyToManyImpl<?, ?>> manyToMany = new ArrayList<>();
    private final List<ManyToManyImpl<?, ?>> linkSets = new ArrayList<>();
    private final Map<TableDef<?>, TableImpl<?>> tablesByDef = new IdentityHashMap<>();
    private final Map<String, TableImpl<?>> tablesByName = new LinkedHashMap<>();
    private final Map<RelationDef, Relation> relationsByDef = new IdentityHashMap<>();
    private final Map<String, Relation> relationsByName = new LinkedHashMap<>();
    /** The one plan every delete reuses (deletes are serialized by the write lock). */
    private final DeletePlan deletePlan;

    /**
     * Opens an empty store; use {@link Store#create(Schema)}.
     *
     * @param schema the tables and relations
     */
    public StoreImpl(Schema schema) {
        this.schema = schema;
        for (TableDef<?> def : schema.tables()) {
            TableImpl<?> table = newTable(def, tables.size());
            tables.add(table);
            tablesByDef.put(def, table);
            tablesByName.put(def.name(), table);
        }
        for (RelationDef def : schema.relations()) {
            Relation relation = newRelation(def);
            relationsByDef.put(def, relation);
            relationsByName.put(def.name(), relation);
        }
        wireTables();
        deletePlan = new DeletePlan(this);
    }

    private Relation newRelation(RelationDef def) {
        if (def instanceof OneToOneDef<?, ?> oneToOne) {
            return addKeyRelation(newOneToOne(oneToOne));
        }
        if (def instanceof ManyToOneDef<?, ?> manyToOne) {
            return addKeyRelation(newManyToOne(manyToOne));
        }
        ManyToManyImpl<?, ?> relation = newManyToMany((ManyToManyDef<?, ?>) def);
        manyToMany.add(relation);
        if (relation.isImplicit()) {
            linkSets.add(relation);
        }
        return relation;
    }

    private <R extends KeyRelation<?, ?>> R addKeyRelation(R relation) {
        keyRelations.add(relation);
        return relation;
    }

    private void wireTables() {
        Map<TableImpl<?>, List<KeyRelation<?, ?>>> outgoing = new HashMap<>();
        Map<TableImpl<?>, List<KeyRelation<?, ?>>> incoming = new HashMap<>();
        Map<TableImpl<?>, List<ManyToManyImpl<?, ?>>> sides = new HashMap<>();
        Map<TableImpl<?>, List<ManyToManyImpl<?, ?>>> through = new HashMap<>();
        for (KeyRelation<?, ?> relation : keyRelations) {
            outgoing.computeIfAbsent(relation.sourceTable(), t -> new ArrayList<>()).add(relation);
            incoming.computeIfAbsent(relation.targetTable(), t -> new ArrayList<>()).add(relation);
        }
        for (ManyToManyImpl<?, ?> relation : manyToMany) {
            if (relation.isImplicit()) {
                sides.computeIfAbsent(relation.leftTable(), t -> new ArrayList<>()).add(relation);
                if (relation.rightTable() != relation.leftTable()) {
                    sides.computeIfAbsent(relation.rightTable(), t -> new ArrayList<>()).add(relation);
                }
            } else {
                through.computeIfAbsent(relation.throughTable(), t -> new ArrayList<>()).add(relation);
            }
        }
        for (TableImpl<?> table : tables) {
            table.wire(outgoing.getOrDefault(table, List.of()), incoming.getOrDefault(table, List.of()),
                    sides.getOrDefault(table, List.of()), through.getOrDefault(table, List.of()));
        }
    }

    private <T> TableImpl<T> newTable(TableDef<T> def, int index) {
        return new TableImpl<>(def, index, this);
    }

    private <S, T> OneToOneImpl<S, T> newOneToOne(OneToOneDef<S, T> def) {
        return new OneToOneImpl<>(def, tableImpl(def.source()), tableImpl(def.target()), lock, journal);
    }

    private <S, T> ManyToOneImpl<S, T> newManyToOne(ManyToOneDef<S, T> def) {
        return new ManyToOneImpl<>(def, tableImpl(def.source()), tableImpl(def.target()), lock, journal);
    }

    private <L, R> ManyToManyImpl<L, R> newManyToMany(ManyToManyDef<L, R> def) {
        KeyRelation<?, L> toLeft = def.throughLeft().map(this::keyRelation).orElse(null);
        KeyRelation<?, R> toRight = def.throughRight().map(this::keyRelation).orElse(null);
        return new ManyToManyImpl<>(def, tableImpl(def.left()), tableImpl(def.right()), lock, journal, toLeft,
                toRight);
    }

    @SuppressWarnings("unchecked")
    private <S, T> KeyRelation<S, T> keyRelation(ManyToOneDef<S, T> def) {
        return (KeyRelation<S, T>) relationsByDef.get(def);
    }

    @SuppressWarnings("unchecked")
    private <T> TableImpl<T> tableImpl(TableDef<T> def) {
        TableImpl<?> table = tablesByDef.get(def);
        if (table == null) {
            throw new UnknownNameException("table", def == null ? "null" : def.name(), tablesByName.keySet());
        }
        return (TableImpl<T>) table;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public <T> Table<T> table(TableDef<T> table) {
        return tableImpl(table);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Table<T> table(String name, Class<T> rowType) {
        TableImpl<?> table = tablesByName.get(name);
        if (table == null) {
            throw new UnknownNameException("table", name, tablesByName.keySet());
        }
        if (table.rowType() != rowType) {
            throw new InvalidRowException(name, "table holds another row type: table=" + name + " rowType="
                    + table.rowType().getName() + " requested=" + (rowType == null ? "null" : rowType.getName()));
        }
        return (Table<T>) table;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> OneToOne<S, T> relation(OneToOneDef<S, T> relation) {
        return (OneToOne<S, T>) relationOf(relation);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> ManyToOne<S, T> relation(ManyToOneDef<S, T> relation) {
        return (ManyToOne<S, T>) relationOf(relation);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <L, R> ManyToMany<L, R> relation(ManyToManyDef<L, R> relation) {
        return (ManyToMany<L, R>) relationOf(relation);
    }

    private Relation relationOf(RelationDef def) {
        Relation impl = relationsByDef.get(def);
        if (impl == null) {
            throw new UnknownNameException("relation", def == null ? "null" : def.name(), relationsByName.keySet());
        }
        return impl;
    }

    @Override
    public Relation relation(String name) {
        Relation impl = relationsByName.get(name);
        if (impl == null) {
            throw new UnknownNameException("relation", name, relationsByName.keySet());
        }
        return impl;
    }

    @Override
    public <R> R transaction(TransactionBody<R> body) {
        Objects.requireNonNull(body, "body");
        long stamp = lock.beginTransaction();
        try {
            int mark = journal.begin();
            R result;
            try {
                result = body.run(this);
            } catch (RuntimeException | Error failure) {
                journal.rollback(mark);
                throw failure;
            }
            journal.commit();
            return result;
        } finally {
            lock.endTransaction(stamp);
        }
    }

    @Override
    public void checkInvariants() {
        // S2 is read before the checker's own iteration too: inside a transaction body, the writer
        // thread's iteration counts as open, so only the reading before it tells. For any other
        // thread the reading inside, under the read lock, is the reliable one.
        boolean idleBefore = lock.idle();
        lock.iterate(() -> InvariantChecker.check(tables, keyRelations, manyToMany, idleBefore || lock.idle()));
    }

    StoreLock lock() {
        return lock;
    }

    Journal journal() {
        return journal;
    }

    DeletePlan deletePlan() {
        return deletePlan;
    }

    List<TableImpl<?>> tableList() {
        return tables;
    }

    /** The implicit many-to-many relations, in schema order: delete results count their links. */
    List<ManyToManyImpl<?, ?>> linkSetList() {
        return linkSets;
    }

    @Override
    public String toString() {
        return "Store[tables=" + tables + "]";
    }
}
