package dev.tether.model;

import dev.tether.DuplicateIdException;
import dev.tether.DuplicateLinkException;
import dev.tether.Ids;
import dev.tether.InvalidRowException;
import dev.tether.MissingTargetException;
import dev.tether.NoSuchRowException;
import dev.tether.NullForeignKeyException;
import dev.tether.OnDelete;
import dev.tether.ProtectedException;
import dev.tether.RestrictedException;
import dev.tether.TetherException;
import dev.tether.UniqueViolationException;
import dev.tether.UnsupportedWriteException;
import dev.tether.model.Blueprint.KeySpec;
import dev.tether.model.Blueprint.LinkSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference model: deliberately naive. Rows are {@code java.util} maps, every relation read
 * is a full scan, a delete is Django's collector written out again (collect, check, apply), and
 * a transaction is a copy of the whole model. It calls no store code; it only names the
 * exception types the store is expected to throw. Drive it through {@link Lockstep}.
 */
public final class Model {
    /** A (table, id) pair collected by a delete. */
    private record Ref(String table, long id) {
    }

    /** A link of an implicit many-to-many relation. */
    private record Link(long left, long right) {
    }

    /** A SET_NULL or SET_DEFAULT change a delete requests. */
    private record Rewrite(KeySpec key, Ref row, long newKey) {
    }

    private final Blueprint blueprint;
    private final Map<String, TreeMap<Long, Row>> rows = new LinkedHashMap<>();
    private final Map<String, Long> next = new LinkedHashMap<>();
    private final Map<String, Set<Link>> links = new LinkedHashMap<>();
    /** How often each delete rule case happened, so a test can check its chains reach them all. */
    private final Map<String, Integer> coverage;

    Model(Blueprint blueprint, Map<String, Integer> coverage) {
        this.blueprint = blueprint;
        this.coverage = coverage;
        for (String table : blueprint.tables()) {
            rows.put(table, new TreeMap<>());
            next.put(table, 1L);
        }
        for (LinkSpec link : blueprint.links()) {
            if (link.implicit()) {
                links.put(link.name(), new HashSet<>());
            }
        }
    }

    // ---- transactions: a copy of everything ----

    Model copy() {
        Model copy = new Model(blueprint, coverage);
        copy.restore(this);
        return copy;
    }

    void restore(Model saved) {
        saved.rows.forEach((table, saveRows) -> rows.put(table, new TreeMap<>(saveRows)));
        next.putAll(saved.next);
        saved.links.forEach((name, saveLinks) -> links.put(name, new HashSet<>(saveLinks)));
    }

    // ---- writes ----

    Outcome insert(String table, Row row) {
        return attempt(() -> {
            checkInsert(table, row);
            rows.get(table).put(row.id(), row);
            return row;
        });
    }

    /** Making room changes nothing: the outcome is the table's row count. */
    Outcome ensureCapacity(String table) {
        return Outcome.of(rows.get(table).size());
    }

    /** Insert under the next id; {@code idShift} makes the factory return a row with another id. */
    Outcome insertAuto(String table, long k0, long k1, int payload, long idShift) {
        return attempt(() -> {
            long id = nextId(table);
            Row row = new Row(id + idShift, k0, k1, payload);
            if (idShift != 0) {
                throw new Refused(InvalidRowException.class);
            }
            checkInsert(table, row);
            rows.get(table).put(id, row);
            next.put(table, id + 1);
            return row;
        });
    }

    private void checkInsert(String table, Row row) {
        if (row.id() == Ids.NONE) {
            throw new Refused(InvalidRowException.class);
        }
        if (rows.get(table).containsKey(row.id())) {
            throw new Refused(DuplicateIdException.class);
        }
        for (KeySpec key : outgoing(table)) {
            checkKey(key, row);
        }
        checkPairs(table, row);
    }

    Outcome update(String table, Row row) {
        return attempt(() -> {
            if (row.id() == Ids.NONE) {
                throw new Refused(InvalidRowException.class);
            }
            Row previous = rows.get(table).get(row.id());
            if (previous == null) {
                throw new Refused(NoSuchRowException.class);
            }
            for (KeySpec key : outgoing(table)) {
                if (key.keyOf(row) != key.keyOf(previous)) {
                    checkKey(key, row);
                }
            }
            checkPairs(table, row);
            rows.get(table).put(row.id(), row);
            return previous;
        });
    }

    private void checkKey(KeySpec key, Row row) {
        long target = key.keyOf(row);
        if (target == Ids.NONE) {
            if (!key.nullable()) {
                throw new Refused(NullForeignKeyException.class);
            }
            return;
        }
        boolean pointsAtItself = key.source().equals(key.target()) && target == row.id();
        if (!pointsAtItself && !rows.get(key.target()).containsKey(target)) {
            throw new Refused(MissingTargetException.class);
        }
        if (key.unique()) {
            for (Row other : rows.get(key.source()).values()) {
                if (other.id() != row.id() && key.keyOf(other) == target) {
                    throw new Refused(UniqueViolationException.class);
                }
            }
        }
    }

    /** A through row's (left, right) pair must be unique among the other through rows. */
    private void checkPairs(String table, Row row) {
        for (LinkSpec link : blueprint.links()) {
            if (link.implicit() || !link.toLeft().source().equals(table)) {
                continue;
            }
            long left = link.toLeft().keyOf(row);
            long right = link.toRight().keyOf(row);
            for (Row other : rows.get(table).values()) {
                if (other.id() != row.id() && left != Ids.NONE && right != Ids.NONE
                        && link.toLeft().keyOf(other) == left && link.toRight().keyOf(other) == right) {
                    throw new Refused(DuplicateLinkException.class);
                }
            }
        }
    }

    Outcome delete(String table, long id) {
        return attempt(() -> {
            if (!rows.get(table).containsKey(id)) {
                throw new Refused(NoSuchRowException.class);
            }
            Set<Ref> collected = new LinkedHashSet<>();
            List<Ref> restricted = new ArrayList<>();
            List<Rewrite> rewrites = new ArrayList<>();
            boolean protectedFound = collect(new Ref(table, id), collected, restricted, rewrites);
            if (protectedFound) {
                throw new Refused(ProtectedException.class);
            }
            if (!collected.containsAll(restricted)) {
                throw new Refused(RestrictedException.class);
            }
            Map<Ref, Row> rewritten = rewrite(rewrites, collected);
            covered(restricted.isEmpty() ? null : "RESTRICT allowed: every restricted row cascaded");
            rewrites.forEach(r -> covered(rewritten.containsKey(r.row()) ? r.key().rule() + " rewrote a row" : null));
            return apply(collected, rewritten);
        });
    }

    /** Django's collector: CASCADE collects, PROTECT and RESTRICT note, SET_* request rewrites. */
    private boolean collect(Ref root, Set<Ref> collected, List<Ref> restricted, List<Rewrite> rewrites) {
        boolean protectedFound = false;
        Deque<Ref> queue = new ArrayDeque<>();
        collected.add(root);
        queue.add(root);
        while (!queue.isEmpty()) {
            Ref target = queue.poll();
            for (KeySpec key : blueprint.keys()) {
                if (!key.target().equals(target.table())) {
                    continue;
                }
                for (Row dependent : rows.get(key.source()).values()) {
                    if (key.keyOf(dependent) != target.id()) {
                        continue;
                    }
                    Ref ref = new Ref(key.source(), dependent.id());
                    switch (key.rule()) {
                        case CASCADE -> {
                            if (collected.add(ref)) {
                                queue.add(ref);
                            } else {
                                covered("CASCADE reached a row already collected");
                            }
                        }
                        case PROTECT -> protectedFound = true;
                        case RESTRICT -> restricted.add(ref);
                        case SET_NULL -> rewrites.add(new Rewrite(key, ref, Ids.NONE));
                        case SET_DEFAULT -> rewrites.add(new Rewrite(key, ref, key.defaultTarget()));
                    }
                }
            }
        }
        return protectedFound;
    }

    /** The rewritten rows that survive the delete; refuses with every failure type found. */
    private Map<Ref, Row> rewrite(List<Rewrite> rewrites, Set<Ref> collected) {
        Map<Ref, Row> rewritten = new LinkedHashMap<>();
        Set<Class<? extends TetherException>> failures = new HashSet<>();
        Map<KeySpec, Set<Long>> defaultsTaken = new LinkedHashMap<>();
        for (Rewrite rewrite : rewrites) {
            if (collected.contains(rewrite.row())) {
                continue;
            }
            Row row = rewritten.getOrDefault(rewrite.row(), rows.get(rewrite.row().table()).get(rewrite.row().id()));
            rewritten.put(rewrite.row(), row.with(rewrite.key().slot(), rewrite.newKey()));
            if (rewrite.key().rule() == OnDelete.SET_DEFAULT) {
                checkDefault(rewrite, collected, defaultsTaken, failures);
            }
        }
        if (!failures.isEmpty()) {
            throw new Refused(failures);
        }
        return rewritten;
    }

    private void checkDefault(Rewrite rewrite, Set<Ref> collected, Map<KeySpec, Set<Long>> defaultsTaken,
                              Set<Class<? extends TetherException>> failures) {
        KeySpec key = rewrite.key();
        long target = rewrite.newKey();
        if (!rows.get(key.target()).containsKey(target) || collected.contains(new Ref(key.target(), target))) {
            failures.add(MissingTargetException.class);
            return;
        }
        if (!key.unique()) {
            return;
        }
        for (Row other : rows.get(key.source()).values()) {
            if (key.keyOf(other) == target && !collected.contains(new Ref(key.source(), other.id()))) {
                failures.add(UniqueViolationException.class);
                return;
            }
        }
        if (!defaultsTaken.computeIfAbsent(key, k -> new HashSet<>()).add(target)) {
            failures.add(UniqueViolationException.class);
        }
    }

    private Deleted apply(Set<Ref> collected, Map<Ref, Row> rewritten) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : blueprint.tables()) {
            long count = collected.stream().filter(ref -> ref.table().equals(table)).count();
            if (count > 0) {
                counts.put(table, count);
            }
        }
        long total = collected.size();
        for (LinkSpec link : blueprint.links()) {
            if (!link.implicit()) {
                continue;
            }
            long before = links.get(link.name()).size();
            links.get(link.name()).removeIf(l -> collected.contains(new Ref(link.left(), l.left()))
                    || collected.contains(new Ref(link.right(), l.right())));
            long removed = before - links.get(link.name()).size();
            if (removed > 0) {
                counts.put(link.name(), removed);
                total += removed;
            }
        }
        for (Ref ref : collected) {
            rows.get(ref.table()).remove(ref.id());
        }
        rewritten.forEach((ref, row) -> rows.get(ref.table()).put(ref.id(), row));
        return new Deleted(total, List.copyOf(counts.entrySet()));
    }

    Outcome add(String linkName, long left, long right) {
        return attempt(() -> {
            LinkSpec link = implicitLink(linkName);
            requireSides(link, left, List.of(right));
            return links.get(linkName).add(new Link(left, right));
        });
    }

    Outcome remove(String linkName, long left, long right) {
        return attempt(() -> links.get(implicitLink(linkName).name()).remove(new Link(left, right)));
    }

    Outcome set(String linkName, long left, List<Long> rights) {
        return attempt(() -> {
            LinkSpec link = implicitLink(linkName);
            requireSides(link, left, rights);
            links.get(linkName).removeIf(l -> l.left() == left);
            for (long right : rights) {
                links.get(linkName).add(new Link(left, right));
            }
            return null;
        });
    }

    Outcome clear(String linkName, long left) {
        return attempt(() -> {
            Set<Link> set = links.get(implicitLink(linkName).name());
            int before = set.size();
            set.removeIf(l -> l.left() == left);
            return before - set.size();
        });
    }

    private LinkSpec implicitLink(String name) {
        LinkSpec link = linkSpec(name);
        if (!link.implicit()) {
            throw new Refused(UnsupportedWriteException.class);
        }
        return link;
    }

    private void requireSides(LinkSpec link, long left, List<Long> rights) {
        if (!rows.get(link.left()).containsKey(left)) {
            throw new Refused(NoSuchRowException.class);
        }
        for (long right : rights) {
            if (!rows.get(link.right()).containsKey(right)) {
                throw new Refused(MissingTargetException.class);
            }
        }
    }

    private void covered(String event) {
        if (event != null) {
            coverage.merge(event, 1, Integer::sum);
        }
    }

    private interface Write {
        Object run();
    }

    /** Runs a write; every refusal is thrown before its first change, so a refused write changes nothing. */
    private static Outcome attempt(Write write) {
        try {
            return Outcome.of(write.run());
        } catch (Refused refused) {
            return new Outcome(null, refused.types);
        }
    }

    // ---- reads, all by scanning ----

    /**
     * The model's state as a {@link Snapshot}: each relation's reverse side by one scan of its
     * source rows (or links), kept at the probed ids.
     */
    Snapshot snapshot(Set<Long> probes) {
        Snapshot snapshot = Snapshot.empty();
        for (String table : blueprint.tables()) {
            snapshot.rows().put(table, new HashMap<>(rows.get(table)));
            snapshot.nextIds().put(table, nextId(table));
        }
        for (KeySpec key : blueprint.keys()) {
            Map<Long, Long> targets = new HashMap<>();
            Map<Long, Set<Long>> sources = new HashMap<>();
            rows.get(key.source()).forEach((id, row) -> {
                targets.put(id, key.keyOf(row));
                if (key.keyOf(row) != Ids.NONE) {
                    sources.computeIfAbsent(key.keyOf(row), k -> new HashSet<>()).add(id);
                }
            });
            snapshot.forward().put(key.name(), targets);
            putProbed(snapshot.reverse(), key.name(), sources, probes);
        }
        for (LinkSpec link : blueprint.links()) {
            Map<Long, Set<Long>> rights = new HashMap<>();
            Map<Long, Set<Long>> lefts = new HashMap<>();
            for (Link l : allLinks(link)) {
                rights.computeIfAbsent(l.left(), k -> new HashSet<>()).add(l.right());
                lefts.computeIfAbsent(l.right(), k -> new HashSet<>()).add(l.left());
            }
            putProbed(snapshot.rights(), link.name(), rights, probes);
            putProbed(snapshot.lefts(), link.name(), lefts, probes);
        }
        return snapshot;
    }

    private static void putProbed(Map<String, Map<Long, Set<Long>>> sides, String name, Map<Long, Set<Long>> byId,
                                  Set<Long> probes) {
        for (long id : probes) {
            Snapshot.putNonEmpty(sides, name, id, byId.getOrDefault(id, Set.of()));
        }
    }

    /** The row of {@code table} with id {@code id}, or null. */
    Row row(String table, long id) {
        return rows.get(table).get(id);
    }

    /** The ids of the rows of one table, in order. */
    List<Long> ids(String table) {
        return List.copyOf(rows.get(table).keySet());
    }

    /** Every row id the model holds, in any table. */
    Set<Long> ids() {
        Set<Long> ids = new HashSet<>();
        rows.values().forEach(table -> ids.addAll(table.keySet()));
        return ids;
    }

    /** The id the table's sequence hands out next: the first free id from the sequence's position. */
    private long nextId(String table) {
        long id = next.get(table);
        while (rows.get(table).containsKey(id)) {
            id++;
        }
        return id;
    }

    private Set<Link> allLinks(LinkSpec link) {
        if (link.implicit()) {
            return links.get(link.name());
        }
        Set<Link> through = new HashSet<>();
        for (Row row : rows.get(link.toLeft().source()).values()) {
            long left = link.toLeft().keyOf(row);
            long right = link.toRight().keyOf(row);
            if (left != Ids.NONE && right != Ids.NONE) {
                through.add(new Link(left, right));
            }
        }
        return through;
    }

    private List<KeySpec> outgoing(String table) {
        return blueprint.keys().stream().filter(key -> key.source().equals(table)).toList();
    }

    private LinkSpec linkSpec(String name) {
        return blueprint.links().stream().filter(link -> link.name().equals(name)).findFirst().orElseThrow();
    }
}
