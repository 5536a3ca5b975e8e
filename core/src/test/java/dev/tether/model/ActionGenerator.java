package dev.tether.model;

import dev.tether.Ids;
import dev.tether.model.Blueprint.KeySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws random {@link Action}s on a {@link Blueprint}. Ids come mostly from the rows the chain's
 * earlier actions left (so updates, deletes, links and foreign keys meet rows that exist and
 * chains grow deep structures) or from a small pool; some are ids no row has, unusual valid ids
 * (0, -1) and the reserved {@link Ids#NONE}, so refusals are drawn as well as successes.
 *
 * <p>To know those rows it applies the earlier actions to a {@link Model} of its own, as they
 * were drawn (a chain's actions are drawn before any runs); so a draw depends on the random and the
 * earlier actions only. One generator serves one chain at a time: a chain shorter than the one it
 * has applied starts it afresh.
 */
public final class ActionGenerator {
    private final Blueprint blueprint;
    private final List<String> weightedTables = new ArrayList<>();
    private Model drawn;
    private int applied;

    /**
     * A generator for one blueprint.
     *
     * @param blueprint the schema the actions name
     */
    public ActionGenerator(Blueprint blueprint) {
        this.blueprint = blueprint;
        weightedTables.addAll(blueprint.tables());
        // Users are the root of most relations: more of them make more of everything else possible.
        // Accounts, tasks and likes meet the rarest refusals (a SET_DEFAULT target already claimed,
        // a through pair taken by an update), which need several of them.
        weightedTables.addAll(List.of("users", "users", "accounts", "tasks", "tasks", "likes", "likes"));
    }

    /**
     * Draws one action.
     *
     * @param random the chain's random source
     * @param earlier the chain's earlier actions, whose inserted ids are reused
     * @return the action
     */
    public Action next(SplittableRandom random, List<Action> earlier) {
        if (drawn == null || earlier.size() < applied) {
            drawn = new Model(blueprint, new HashMap<>());
            applied = 0;
        }
        for (; applied < earlier.size(); applied++) {
            earlier.get(applied).onModel(drawn);
        }
        int kind = random.nextInt(100);
        String table = weightedTables.get(random.nextInt(weightedTables.size()));
        if (kind < 42 && random.nextInt(100) < 70) {
            table = insertableTable(random, table);
        }
        if (kind < 30) {
            return new Action.Insert(table, row(random, table, id(random)));
        }
        if (kind < 42) {
            if (random.nextInt(12) == 0) {
                return new Action.EnsureCapacity(table, random.nextInt(64));
            }
            long idShift = random.nextInt(20) == 0 ? 1 : 0;
            return new Action.InsertAuto(table, key(random, table, Slot.K0), key(random, table, Slot.K1),
                    random.nextInt(3), idShift);
        }
        if (kind < 78) {
            String holding = tableWithRows(random, table);
            return kind < 60 ? new Action.Update(holding, updated(random, holding))
                    : new Action.Delete(holding, existing(random, holding));
        }
        Blueprint.LinkSpec link = blueprint.links().get(random.nextInt(blueprint.links().size()));
        long left = existing(random, link.left());
        if (kind < 88) {
            return new Action.Link(link.name(), left, existing(random, link.right()));
        }
        if (kind < 92) {
            return new Action.Unlink(link.name(), left, existing(random, link.right()));
        }
        if (kind < 97) {
            List<Long> rights = new ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                rights.add(existing(random, link.right()));
            }
            return new Action.SetLinks(link.name(), left, List.copyOf(rights));
        }
        return new Action.ClearLinks(link.name(), left);
    }

    /** A new version of a row: fresh keys, or now and then the keys of another row of the table (a claimed target, a taken pair). */
    private Row updated(SplittableRandom random, String table) {
        long id = existing(random, table);
        if (random.nextInt(100) < 20) {
            Row sibling = drawn.row(table, existing(random, table));
            if (sibling != null) {
                return new Row(id, sibling.k0(), sibling.k1(), random.nextInt(3));
            }
        }
        return row(random, table, id);
    }

    private Row row(SplittableRandom random, String table, long id) {
        return new Row(id, key(random, table, Slot.K0), key(random, table, Slot.K1), random.nextInt(3));
    }

    /**
     * A key for {@code slot} of {@code table}: NONE (often for a nullable key, rarely for a required
     * one), else mostly a row of the target table.
     */
    private long key(SplittableRandom random, String table, Slot slot) {
        KeySpec spec = null;
        for (KeySpec key : blueprint.keys()) {
            if (key.source().equals(table) && key.slot() == slot) {
                spec = key;
            }
        }
        boolean nullable = spec == null || spec.nullable();
        if (random.nextInt(100) < (nullable ? 30 : 3)) {
            return Ids.NONE;
        }
        return existing(random, spec == null ? table : spec.target());
    }

    /** A table whose required keys all have rows to point at, or {@code fallback} if none has. */
    private String insertableTable(SplittableRandom random, String fallback) {
        List<String> insertable = blueprint.tables().stream().filter(t -> blueprint.keys().stream()
                .noneMatch(key -> key.source().equals(t) && !key.nullable() && drawn.ids(key.target()).isEmpty()))
                .toList();
        return insertable.isEmpty() ? fallback : insertable.get(random.nextInt(insertable.size()));
    }

    /** Mostly a table that has rows (updates and deletes of empty tables teach little), else {@code fallback}. */
    private String tableWithRows(SplittableRandom random, String fallback) {
        List<String> holding = blueprint.tables().stream().filter(t -> !drawn.ids(t).isEmpty()).toList();
        return holding.isEmpty() || random.nextInt(100) < 10 ? fallback : holding.get(random.nextInt(holding.size()));
    }

    /** Mostly the id of a row of {@code table} the earlier actions left, else {@link #id}. */
    private long existing(SplittableRandom random, String table) {
        List<Long> rows = drawn.ids(table);
        if (rows.isEmpty() || random.nextInt(100) < 15) {
            return id(random);
        }
        return rows.get(random.nextInt(rows.size()));
    }

    /** A row id: mostly the pool, sometimes a rarely used one, an unusual valid one, or NONE. */
    private static long id(SplittableRandom random) {
        int pick = random.nextInt(100);
        if (pick < 85) {
            return Blueprint.POOL[random.nextInt(Blueprint.POOL.length)];
        }
        if (pick < 92) {
            return Blueprint.POOL.length + 1 + random.nextInt(3);
        }
        if (pick < 97) {
            return random.nextBoolean() ? 0 : -1;
        }
        return Ids.NONE;
    }
}
