package dev.tether.internal;

import dev.tether.DeleteResult;
import dev.tether.Ids;
import dev.tether.ProtectedException;
import dev.tether.RestrictedException;
import dev.tether.RowRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One delete, in Django's collector order: collect, check, then change.
 *
 * <ol>
 *   <li><b>Collect.</b> Starting from the root row, follow every relation that points into the
 *       table of each collected row: CASCADE collects the dependent (once: a row already
 *       collected is skipped, so cycles end), PROTECT and RESTRICT note it, SET_NULL and
 *       SET_DEFAULT request a rewrite. Each step is one reverse-index probe per incoming
 *       relation, so the work is O(rows reached), whatever the table sizes.</li>
 *   <li><b>Check.</b> Any PROTECT dependent refuses the delete. A RESTRICT dependent refuses it
 *       unless the same delete collected it through a CASCADE. Rewrites are computed and
 *       validated (see {@link Rewrites#prepare}). Any failure throws here, before any change.</li>
 *   <li><b>Apply.</b> Unlink the keys of every deleted and rewritten row, remove the deleted
 *       rows, store the rewritten rows and link their new keys. Unlinking everything first means
 *       a rewrite may take over a target whose owner is being deleted. Nothing in this step can
 *       fail: every value it writes was checked in step 2.</li>
 * </ol>
 *
 * <p>Each store has one plan, reused by every delete (deletes are serialized by the write lock
 * and never nest: callbacks may not write), so that a small delete allocates little beyond its
 * result, and a delete of one row with no dependents and no links nothing at all (its result is
 * the table's shared {@link TableImpl#oneRowDeleted}). It holds no row between deletes.
 */
final class DeletePlan implements KeyRelation.DependentVisitor {
    private record Restriction(KeyRelation<?, ?> relation, long sourceId) {
    }

    private final StoreImpl store;
    private final CollectedRows collected;
    /** Implicit many-to-many links removed, per relation; null until one is. */
    private Map<ManyToManyImpl<?, ?>, Long> removedLinks;
    private List<RowRef> protectedRows;
    private List<Restriction> restrictions;
    private Rewrites rewrites;

    DeletePlan(StoreImpl store) {
        this.store = store;
        this.collected = new CollectedRows(store.tableList().size());
    }

    /**
     * Deletes a row known to exist, with everything its relations' rules demand (write lock
     * held). Refused, it throws before any change; either way the plan is empty again after.
     */
    DeleteResult execute(TableImpl<?> table, long id) {
        try {
            collect(table, id);
            check(table, id);
            apply();
            return result();
        } finally {
            collected.clear();
            removedLinks = null;
            protectedRows = null;
            restrictions = null;
            rewrites = null;
        }
    }

    private void collect(TableImpl<?> root, long rootId) {
        collected.add(root, rootId, root.row(rootId));
        for (int i = 0; i < collected.size(); i++) {
            long targetId = collected.id(i);
            for (KeyRelation<?, ?> relation : collected.table(i).incoming()) {
                relation.visitDependents(targetId, this);
            }
        }
    }

    @Override
    public void reached(KeyRelation<?, ?> relation, long dependent) {
        TableImpl<?> source = relation.sourceTable();
        switch (relation.onDelete()) {
            case CASCADE -> {
                if (!collected.contains(source, dependent)) {
                    collected.add(source, dependent, source.row(dependent));
                }
            }
            case PROTECT -> {
                if (protectedRows == null) {
                    protectedRows = new ArrayList<>();
                }
                protectedRows.add(new RowRef(relation.name(), source.name(), dependent));
            }
            case RESTRICT -> {
                if (restrictions == null) {
                    restrictions = new ArrayList<>();
                }
                restrictions.add(new Restriction(relation, dependent));
            }
            case SET_NULL -> rewrites().add(relation, dependent, Ids.NONE);
            case SET_DEFAULT -> rewrites().add(relation, dependent, relation.defaultTarget());
        }
    }

    private Rewrites rewrites() {
        if (rewrites == null) {
            rewrites = new Rewrites();
        }
        return rewrites;
    }

    private void check(TableImpl<?> root, long rootId) {
        if (protectedRows != null) {
            throw new ProtectedException(root.name(), rootId, protectedRows);
        }
        if (restrictions != null) {
            List<RowRef> blocking = new ArrayList<>();
            for (Restriction r : restrictions) {
                TableImpl<?> source = r.relation().sourceTable();
                if (!collected.contains(source, r.sourceId())) {
                    blocking.add(new RowRef(r.relation().name(), source.name(), r.sourceId()));
                }
            }
            if (!blocking.isEmpty()) {
                throw new RestrictedException(root.name(), rootId, blocking);
            }
        }
        if (rewrites != null) {
            rewrites.prepare(collected);
        }
    }

    private void apply() {
        for (int i = 0; i < collected.size(); i++) {
            TableImpl<?> table = collected.table(i);
            long id = collected.id(i);
            Object row = collected.row(i);
            for (KeyRelation<?, ?> relation : table.outgoing()) {
                relation.unlink(id, relation.keyOf(row));
            }
            for (ManyToManyImpl<?, ?> relation : table.throughOf()) {
                relation.throughUnlinked(row);
            }
            for (ManyToManyImpl<?, ?> relation : table.linkSets()) {
                long removed = relation.removeLinksOf(table, id);
                if (removed > 0) {
                    if (removedLinks == null) {
                        removedLinks = new IdentityHashMap<>();
                    }
                    removedLinks.merge(relation, removed, Long::sum);
                }
            }
        }
        if (rewrites != null) {
            rewrites.unlinkOld();
        }
        for (int i = 0; i < collected.size(); i++) {
            collected.table(i).removeRow(collected.id(i));
        }
        if (rewrites != null) {
            rewrites.applyNew();
        }
    }

    private DeleteResult result() {
        if (collected.size() == 1 && removedLinks == null) {
            return collected.table(0).oneRowDeleted();
        }
        long[] counts = collected.countsPerTable();
        int entries = removedLinks == null ? 0 : removedLinks.size();
        for (long count : counts) {
            entries += count > 0 ? 1 : 0;
        }
        String[] names = new String[entries];
        long[] perName = new long[entries];
        int n = 0;
        for (TableImpl<?> table : store.tableList()) {
            long count = counts[table.index()];
            if (count > 0) {
                names[n] = table.name();
                perName[n++] = count;
            }
        }
        long total = collected.size();
        if (removedLinks != null) {
            for (ManyToManyImpl<?, ?> relation : store.linkSetList()) {
                Long count = removedLinks.get(relation);
                if (count != null) {
                    names[n] = relation.name();
                    perName[n++] = count;
                    total += count;
                }
            }
        }
        return new DeleteResult(total, new TableCounts(names, perName));
    }
}
