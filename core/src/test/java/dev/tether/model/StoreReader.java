package dev.tether.model;

import dev.tether.ForeignKeyRelation;
import dev.tether.Ids;
import dev.tether.InvalidRowException;
import dev.tether.ManyToMany;
import dev.tether.ManyToOne;
import dev.tether.NoSuchRowException;
import dev.tether.OneToOne;
import dev.tether.RelatedRowDoesNotExistException;
import dev.tether.Table;
import dev.tether.TetherException;
import dev.tether.model.Blueprint.KeySpec;
import dev.tether.model.Blueprint.LinkSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads a {@link Snapshot} through the store's public API only, and checks on the way that the
 * API's variants of each read agree with each other: {@code get}, {@code getOrNull}, {@code find}
 * and {@code contains}; {@code target}, {@code targetOrNull} and {@code findTarget};
 * {@code sourceId}, {@code source}, {@code sourceOrNull} and {@code findSource};
 * {@code forEachSourceId}, {@code forEachSource}, {@code sourceCount} and {@code hasSource};
 * {@code forEachRightId}/{@code forEachLeftId}, the counts and {@code contains}. The throwing
 * variants ({@code get}, {@code source}, {@code target}) are checked at the first absent row only:
 * building their exceptions everywhere would dominate the run time.
 */
final class StoreReader {
    private final Blueprint blueprint;
    private final StoreHandle store;
    private final Set<Long> probes;
    /**
     * Per table, its row ids and {@code Ids.NONE}: the ids at which membership reads
     * ({@code hasSource}, {@code contains}) are checked to be false where the sets say so.
     */
    private final Map<String, long[]> rowIds = new HashMap<>();
    private final Map<String, long[]> sourceIds = new HashMap<>();

    private StoreReader(Blueprint blueprint, StoreHandle store, Set<Long> probes) {
        this.blueprint = blueprint;
        this.store = store;
        this.probes = probes;
    }

    static Snapshot read(Blueprint blueprint, StoreHandle store, Set<Long> probes) {
        return new StoreReader(blueprint, store, probes).read();
    }

    /** Every row id the store holds, in any table. */
    static Set<Long> ids(Blueprint blueprint, StoreHandle store) {
        Set<Long> ids = new HashSet<>();
        for (String table : blueprint.tables()) {
            store.table(table).forEachId(ids::add);
        }
        return ids;
    }

    private Snapshot read() {
        Snapshot snapshot = Snapshot.empty();
        for (String name : blueprint.tables()) {
            Map<Long, Row> rows = rows(store.table(name));
            snapshot.rows().put(name, rows);
            snapshot.nextIds().put(name, nextId(store.table(name)));
            rowIds.put(name, withNone(rows.keySet()));
        }
        for (KeySpec key : blueprint.keys()) {
            sourceIds.put(key.name(), rowIds.get(key.source()));
        }
        for (KeySpec key : blueprint.keys()) {
            ForeignKeyRelation<Row, Row> relation = key.unique() ? store.oneToOne(key.name()) : store.manyToOne(key.name());
            snapshot.forward().put(key.name(), forward(relation, snapshot.rows().get(key.source())));
            boolean thrownChecked = false;
            for (long target : probes) {
                Set<Long> sources = key.unique()
                        ? oneToOneSource(store.oneToOne(key.name()), target, !thrownChecked)
                        : manyToOneSources(store.manyToOne(key.name()), target);
                thrownChecked |= sources.isEmpty();
                Snapshot.putNonEmpty(snapshot.reverse(), key.name(), target, sources);
            }
        }
        for (LinkSpec link : blueprint.links()) {
            readLinks(snapshot, link);
        }
        return snapshot;
    }

    private void readLinks(Snapshot snapshot, LinkSpec link) {
        ManyToMany<Row, Row> relation = store.links(link.name());
        for (long id : probes) {
            Set<Long> rights = collect(action -> relation.forEachRightId(id, action));
            agree(relation.rightCount(id) == rights.size(), "rightCount", link.name(), id, rights.size());
            Set<Long> lefts = collect(action -> relation.forEachLeftId(id, action));
            agree(relation.leftCount(id) == lefts.size(), "leftCount", link.name(), id, lefts.size());
            for (long right : rowIds.get(link.right())) {
                agree(relation.contains(id, right) == rights.contains(right), "contains", link.name(), id, right);
            }
            for (long left : rowIds.get(link.left())) {
                agree(relation.contains(left, id) == lefts.contains(left), "contains", link.name(), left, id);
            }
            Snapshot.putNonEmpty(snapshot.rights(), link.name(), id, rights);
            Snapshot.putNonEmpty(snapshot.lefts(), link.name(), id, lefts);
        }
    }

    private Map<Long, Row> rows(Table<Row> table) {
        Map<Long, Row> rows = new HashMap<>();
        table.forEach(row -> rows.put(row.id(), row));
        String name = table.def().name();
        agree(table.size(), rows.size(), "size %s", name);
        agree(collect(table::forEachId), rows.keySet(), "forEachId %s", name);
        boolean thrownChecked = false;
        for (long id : probes) {
            Row row = rows.get(id);
            agree(table.contains(id) == (row != null), "contains", name, id, 0);
            agree(table.getOrNull(id), row, "getOrNull %s %s", name, id);
            agree(table.find(id), Optional.ofNullable(row), "find %s %s", name, id);
            if (row != null) {
                agree(table.get(id), row, "get %s %s", name, id);
            } else if (!thrownChecked) {
                agree(thrown(() -> table.get(id)), NoSuchRowException.class, "get %s %s", name, id);
                thrownChecked = true;
            }
        }
        return rows;
    }

    /** The id {@code insert(factory)} offers: a factory that returns null is refused and consumes nothing. */
    private static long nextId(Table<Row> table) {
        long[] offered = {Ids.NONE};
        agree(thrown(() -> table.insert(id -> {
            offered[0] = id;
            return null;
        })), InvalidRowException.class, "insert(id -> null) %s", table.def().name());
        return offered[0];
    }

    private static Map<Long, Long> forward(ForeignKeyRelation<Row, Row> relation, Map<Long, Row> sources) {
        Map<Long, Long> targets = new HashMap<>();
        String name = relation.def().name();
        boolean thrownChecked = false;
        for (Row source : sources.values()) {
            Row target = relation.targetOrNull(source);
            agree(relation.findTarget(source), Optional.ofNullable(target), "findTarget %s %s", name, source);
            if (target == null) {
                if (!thrownChecked) {
                    agree(thrown(() -> relation.target(source)), RelatedRowDoesNotExistException.class, "target %s %s",
                            name, source);
                    thrownChecked = true;
                }
            } else {
                agree(relation.target(source), target, "target %s %s", name, source);
            }
            targets.put(source.id(), target == null ? Ids.NONE : target.id());
        }
        return targets;
    }

    private static Set<Long> oneToOneSource(OneToOne<Row, Row> relation, long target, boolean checkThrown) {
        String name = relation.def().name();
        long sourceId = relation.sourceId(target);
        Row source = relation.sourceOrNull(target);
        agree(relation.findSource(target), Optional.ofNullable(source), "findSource %s %s", name, target);
        if (source == null) {
            agree(sourceId, Ids.NONE, "sourceId %s %s", name, target);
            if (checkThrown) {
                agree(thrown(() -> relation.source(target)), RelatedRowDoesNotExistException.class, "source %s %s",
                        name, target);
            }
            return Set.of();
        }
        agree(source.id(), sourceId, "sourceOrNull %s %s", name, target);
        agree(relation.source(target), source, "source %s %s", name, target);
        return Set.of(sourceId);
    }

    private Set<Long> manyToOneSources(ManyToOne<Row, Row> relation, long target) {
        String name = relation.def().name();
        Set<Long> sources = collect(action -> relation.forEachSourceId(target, action));
        agree(relation.sourceCount(target) == sources.size(), "sourceCount", name, target, sources.size());
        Set<Long> rows = new HashSet<>();
        relation.forEachSource(target, row -> rows.add(row.id()));
        agree(rows, sources, "forEachSource %s %s", name, target);
        for (long source : sources) {
            agree(relation.hasSource(target, source), "hasSource", name, target, source);
        }
        for (long other : sourceIds.get(name)) {
            agree(relation.hasSource(target, other) == sources.contains(other), "hasSource", name, target, other);
        }
        return sources;
    }

    private static long[] withNone(Set<Long> ids) {
        long[] withNone = new long[ids.size() + 1];
        int i = 0;
        for (long id : ids) {
            withNone[i++] = id;
        }
        withNone[i] = Ids.NONE;
        return withNone;
    }

    /** The type of the exception {@code read} throws, or null. */
    private static Class<?> thrown(Runnable read) {
        try {
            read.run();
            return null;
        } catch (TetherException e) {
            return e.getClass();
        }
    }

    /** A check that allocates nothing when it passes, for the O(probes^2) loops. */
    private static void agree(boolean agrees, String read, String name, long a, long b) {
        if (!agrees) {
            throw new AssertionError("store reads disagree: " + read + " of " + name + " at " + a + ", " + b);
        }
    }

    private static void agree(Object actual, Object expected, String what, Object... args) {
        if (!Objects.equals(actual, expected)) {
            throw new AssertionError("store reads disagree: " + String.format(what, args) + " read=" + actual
                    + " expected=" + expected);
        }
    }

    private static Set<Long> collect(Consumer<LongConsumer> forEach) {
        Set<Long> ids = new HashSet<>();
        forEach.accept(ids::add);
        return ids;
    }
}
