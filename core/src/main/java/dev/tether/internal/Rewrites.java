package dev.tether.internal;

import dev.tether.Ids;
import dev.tether.InvalidRowException;
import dev.tether.MissingTargetException;
import dev.tether.UniqueViolationException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * The SET_NULL and SET_DEFAULT part of a delete. {@link #add} records that a relation wants a
 * row's key changed; {@link #prepare} drops rows the same delete removes, runs the rewriters,
 * and checks every result before anything changes; {@link #unlinkOld} and {@link #applyNew}
 * then change the store. A row reached through several relations is rewritten once, by each of
 * its rewriters in turn.
 */
final class Rewrites {
    private record Request(KeyRelation<?, ?> relation, long sourceId, long newKey) {
    }

    private record RowKey(TableImpl<?> table, long id) {
    }

    private static final class Rewrite {
        final TableImpl<?> table;
        final long id;
        final Object oldRow;
        final List<Request> changes = new ArrayList<>(1);
        Object newRow;

        Rewrite(TableImpl<?> table, long id, Object oldRow) {
            this.table = table;
            this.id = id;
            this.oldRow = oldRow;
        }
    }

    private final List<Request> requests = new ArrayList<>();
    private final List<Rewrite> rewrites = new ArrayList<>();

    void add(KeyRelation<?, ?> relation, long sourceId, long newKey) {
        requests.add(new Request(relation, sourceId, newKey));
    }

    /** Computes and validates every rewritten row. Changes nothing in the store. */
    void prepare(CollectedRows deleted) {
        Map<RowKey, Rewrite> byRow = new LinkedHashMap<>();
        for (Request request : requests) {
            TableImpl<?> table = request.relation().sourceTable();
            if (!deleted.contains(table, request.sourceId())) {
                byRow.computeIfAbsent(new RowKey(table, request.sourceId()),
                        k -> new Rewrite(table, k.id(), table.row(k.id()))).changes.add(request);
            }
        }
        Map<KeyRelation<?, ?>, LongLongHashMap> claimedDefaults = new IdentityHashMap<>();
        for (Rewrite rewrite : byRow.values()) {
            Object row = rewrite.oldRow;
            for (Request change : rewrite.changes) {
                row = change.relation().rewrite(row, change.newKey());
            }
            RowChecks.requireId(rewrite.table, row, rewrite.id, "foreign key rewriter");
            requireOnlyDeclaredKeysChanged(rewrite, row);
            for (Request change : rewrite.changes) {
                if (change.newKey() != Ids.NONE) {
                    checkDefaultTarget(change, deleted, claimedDefaults);
                }
            }
            rewrite.newRow = row;
            rewrites.add(rewrite);
        }
    }

    private static void requireOnlyDeclaredKeysChanged(Rewrite rewrite, Object newRow) {
        for (KeyRelation<?, ?> relation : rewrite.table.outgoing()) {
            long expected = relation.keyOf(rewrite.oldRow);
            for (Request change : rewrite.changes) {
                if (change.relation() == relation) {
                    expected = change.newKey();
                }
            }
            long actual = relation.keyOf(newRow);
            if (actual != expected) {
                throw new InvalidRowException(rewrite.table.name(), "foreign key rewriter returned a row with the"
                        + " wrong key: table=" + rewrite.table.name() + " id=" + rewrite.id + " relation="
                        + relation.name() + " expectedKey=" + expected + " actualKey=" + actual);
            }
        }
    }

    private static void checkDefaultTarget(Request change, CollectedRows deleted,
                                           Map<KeyRelation<?, ?>, LongLongHashMap> claimedDefaults) {
        KeyRelation<?, ?> relation = change.relation();
        long target = change.newKey();
        TableImpl<?> targetTable = relation.targetTable();
        if (targetTable.row(target) == null || deleted.contains(targetTable, target)) {
            throw new MissingTargetException(relation.name(), targetTable.name(), change.sourceId(), target);
        }
        if (!relation.isUnique()) {
            return;
        }
        long owner = relation.claimant(target);
        if (owner != Ids.NONE && !deleted.contains(relation.sourceTable(), owner)) {
            throw new UniqueViolationException(relation.name(), owner, change.sourceId(), target);
        }
        LongLongHashMap claimed = claimedDefaults.computeIfAbsent(relation, r -> new LongLongHashMap());
        long earlier = claimed.getIfAbsent(target, Ids.NONE);
        if (earlier != Ids.NONE) {
            throw new UniqueViolationException(relation.name(), earlier, change.sourceId(), target);
        }
        claimed.put(target, change.sourceId());
    }

    void unlinkOld() {
        for (Rewrite rewrite : rewrites) {
            for (Request change : rewrite.changes) {
                change.relation().unlink(rewrite.id, change.relation().keyOf(rewrite.oldRow));
            }
        }
    }

    void applyNew() {
        for (Rewrite rewrite : rewrites) {
            rewrite.table.putRow(rewrite.id, rewrite.newRow);
            for (Request change : rewrite.changes) {
                change.relation().link(rewrite.id, change.newKey());
            }
        }
    }
}
