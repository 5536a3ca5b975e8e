package dev.tether.model;

import dev.tether.ForeignKey;
import dev.tether.ForeignKeyDef;
import dev.tether.Ids;
import dev.tether.ManyToMany;
import dev.tether.ManyToManyDef;
import dev.tether.ManyToOne;
import dev.tether.ManyToOneDef;
import dev.tether.OneToOne;
import dev.tether.OneToOneDef;
import dev.tether.Schema;
import dev.tether.Store;
import dev.tether.Table;
import dev.tether.TableDef;
import java.util.HashMap;
import java.util.Map;

/** A store opened on a {@link Blueprint}'s schema, with its tables and relations by name. */
public final class StoreHandle {
    /** The blueprint's schema, built once: every run opens its own store on it. */
    private static final class Declared {
        final Schema schema;
        final Map<String, TableDef<Row>> tables = new HashMap<>();
        final Map<String, ForeignKeyDef<Row, Row>> keys = new HashMap<>();
        final Map<String, ManyToManyDef<Row, Row>> links = new HashMap<>();

        Declared(Blueprint blueprint) {
            Schema.Builder b = Schema.builder();
            for (String table : blueprint.tables()) {
                tables.put(table, b.table(table, Row.class, Row::id));
            }
            for (Blueprint.KeySpec spec : blueprint.keys()) {
                keys.put(spec.name(), declare(b, spec));
            }
            for (Blueprint.LinkSpec spec : blueprint.links()) {
                links.put(spec.name(), spec.implicit()
                        ? b.manyToMany(spec.name(), tables.get(spec.left()), tables.get(spec.right()))
                        : b.manyToManyThrough(spec.name(), (ManyToOneDef<Row, Row>) keys.get(spec.toLeft().name()),
                                (ManyToOneDef<Row, Row>) keys.get(spec.toRight().name())));
            }
            schema = b.build();
        }

        private ForeignKeyDef<Row, Row> declare(Schema.Builder b, Blueprint.KeySpec spec) {
            TableDef<Row> source = tables.get(spec.source());
            TableDef<Row> target = tables.get(spec.target());
            if (spec.slot() == Slot.ID) {
                return b.sharedPrimaryKey(spec.name(), source, target, spec.rule());
            }
            ForeignKey<Row> key = spec.nullable() ? ForeignKey.nullable(row -> row.slot(spec.slot()))
                    : ForeignKey.required(row -> row.slot(spec.slot()));
            if (spec.defaultTarget() != Ids.NONE) {
                key = key.withDefault(spec.defaultTarget());
            }
            key = key.rewrittenBy((row, newTarget) -> row.with(spec.slot(), newTarget));
            return spec.unique() ? b.oneToOne(spec.name(), source, key, target, spec.rule())
                    : b.manyToOne(spec.name(), source, key, target, spec.rule());
        }
    }

    private static final Map<Blueprint, Declared> DECLARED = new HashMap<>();

    private final Store store;
    private final Map<String, Table<Row>> tables = new HashMap<>();
    private final Map<String, OneToOne<Row, Row>> oneToOnes = new HashMap<>();
    private final Map<String, ManyToOne<Row, Row>> manyToOnes = new HashMap<>();
    private final Map<String, ManyToMany<Row, Row>> links = new HashMap<>();

    /**
     * Opens a fresh, empty store on the blueprint's schema.
     *
     * @param blueprint the schema description
     */
    public StoreHandle(Blueprint blueprint) {
        Declared declared;
        synchronized (DECLARED) {
            declared = DECLARED.computeIfAbsent(blueprint, Declared::new);
        }
        this.store = Store.create(declared.schema);
        declared.tables.forEach((name, def) -> tables.put(name, store.table(def)));
        declared.keys.forEach((name, def) -> {
            if (def instanceof OneToOneDef<Row, Row> oneToOne) {
                oneToOnes.put(name, store.relation(oneToOne));
            } else {
                manyToOnes.put(name, store.relation((ManyToOneDef<Row, Row>) def));
            }
        });
        declared.links.forEach((name, def) -> links.put(name, store.relation(def)));
    }

    /**
     * The store.
     *
     * @return the store
     */
    public Store store() {
        return store;
    }

    Table<Row> table(String name) {
        return tables.get(name);
    }

    OneToOne<Row, Row> oneToOne(String name) {
        return oneToOnes.get(name);
    }

    ManyToOne<Row, Row> manyToOne(String name) {
        return manyToOnes.get(name);
    }

    ManyToMany<Row, Row> links(String name) {
        return links.get(name);
    }
}
