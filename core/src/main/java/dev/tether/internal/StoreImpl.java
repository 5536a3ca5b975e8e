package dev.tether.internal;

import dev.tether.InvalidRowException;
import dev.tether.OneToOne;
import dev.tether.OneToOneDef;
import dev.tether.Schema;
import dev.tether.Store;
import dev.tether.Table;
import dev.tether.TableDef;
import dev.tether.UnknownNameException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store: one {@link TableImpl} per declared table, one {@link OneToOneImpl} per declared
 * relation, wired so that each table knows the relations it is the source of (checked on its
 * inserts and updates) and the relations pointing into it (followed by its deletes).
 *
 * <h2>Design</h2>
 * Everything is resolved when the store opens: lookups by definition or name are hash lookups
 * done once by the caller, and the hot paths ({@code Table.get}, {@code OneToOne.sourceOrNull})
 * touch only primitive maps. Writes follow "check, then change": every check that can fail runs
 * before the first map is modified, so a failed write needs no undo. A {@link WriteGuard}
 * refuses writes from inside iterations and callbacks, which would otherwise break that rule.
 *
 * <h2>Invariants</h2>
 * Checked by {@link InvariantChecker} (through {@link #checkInvariants()}) after every test
 * action; the relation invariants R1 to R5 are listed on {@link OneToOneImpl}.
 * <ol>
 *   <li>S1 (rows): every row stored under id k is non-null, an instance of its table's row
 *       type, reads back id k through the table's accessor, and k is not {@code Ids.NONE}.</li>
 *   <li>S2 (quiescence): between operations no write is in progress and no iteration is open,
 *       also after an operation that threw.</li>
 * </ol>
 */
public final class StoreImpl implements Store {
    private final Schema schema;
    private final WriteGuard guard = new WriteGuard();
    private final List<TableImpl<?>> tables = new ArrayList<>();
    private final List<OneToOneImpl<?, ?>> relations = new ArrayList<>();
    private final Map<TableDef<?>, TableImpl<?>> tablesByDef = new IdentityHashMap<>();
    private final Map<String, TableImpl<?>> tablesByName = new LinkedHashMap<>();
    private final Map<OneToOneDef<?, ?>, OneToOneImpl<?, ?>> relationsByDef = new IdentityHashMap<>();
    private final Map<String, OneToOneImpl<?, ?>> relationsByName = new LinkedHashMap<>();

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
        for (OneToOneDef<?, ?> def : schema.relations()) {
            OneToOneImpl<?, ?> relation = newRelation(def);
            relations.add(relation);
            relationsByDef.put(def, relation);
            relationsByName.put(def.name(), relation);
        }
        Map<TableImpl<?>, List<OneToOneImpl<?, ?>>> outgoing = new HashMap<>();
        Map<TableImpl<?>, List<OneToOneImpl<?, ?>>> incoming = new HashMap<>();
        for (OneToOneImpl<?, ?> relation : relations) {
            outgoing.computeIfAbsent(relation.sourceTable(), t -> new ArrayList<>()).add(relation);
            incoming.computeIfAbsent(relation.targetTable(), t -> new ArrayList<>()).add(relation);
        }
        for (TableImpl<?> table : tables) {
            table.wire(outgoing.getOrDefault(table, List.of()), incoming.getOrDefault(table, List.of()));
        }
    }

    private <T> TableImpl<T> newTable(TableDef<T> def, int index) {
        return new TableImpl<>(def, index, this);
    }

    private <S, T> OneToOneImpl<S, T> newRelation(OneToOneDef<S, T> def) {
        return new OneToOneImpl<>(def, tableImpl(def.source()), tableImpl(def.target()));
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
        OneToOneImpl<?, ?> impl = relationsByDef.get(relation);
        if (impl == null) {
            throw new UnknownNameException("relation", relation == null ? "null" : relation.name(),
                    relationsByName.keySet());
        }
        return (OneToOne<S, T>) impl;
    }

    @Override
    public OneToOne<?, ?> relation(String name) {
        OneToOneImpl<?, ?> impl = relationsByName.get(name);
        if (impl == null) {
            throw new UnknownNameException("relation", name, relationsByName.keySet());
        }
        return impl;
    }

    @Override
    public void checkInvariants() {
        InvariantChecker.check(tables, relations, guard);
    }

    WriteGuard guard() {
        return guard;
    }

    List<TableImpl<?>> tableList() {
        return tables;
    }

    @Override
    public String toString() {
        return "Store[tables=" + tables + "]";
    }
}
