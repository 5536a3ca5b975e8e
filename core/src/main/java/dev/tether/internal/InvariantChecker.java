package dev.tether.internal;

import dev.tether.Ids;
import dev.tether.InvariantViolationException;
import java.util.List;

/**
 * Verifies the store invariants S1 and S2 ({@link StoreImpl}), the row map invariants P1 to P4
 * ({@link RowMap}), the key relation invariants R1 to
 * R5 ({@link OneToOneImpl}), the multimap invariants M1 to M6 ({@link LongMultimap}) and the
 * many-to-many invariants L1 to L3 ({@link ManyToManyImpl}). O(rows + links); reads only.
 */
final class InvariantChecker {
    private InvariantChecker() {
    }

    /** Checks everything; {@code quiescent} is S2 as the caller read it from the store's lock. */
    static void check(List<TableImpl<?>> tables, List<KeyRelation<?, ?>> keyRelations,
                      List<ManyToManyImpl<?, ?>> manyToMany, boolean quiescent) {
        if (!quiescent) {
            fail("S2 store is not quiescent between operations");
        }
        for (TableImpl<?> table : tables) {
            checkRows(table);
        }
        for (KeyRelation<?, ?> relation : keyRelations) {
            checkKeyRelation(relation);
        }
        for (ManyToManyImpl<?, ?> relation : manyToMany) {
            String broken = relation.checkInvariants();
            if (broken != null) {
                fail(broken);
            }
        }
    }

    private static <T> void checkRows(TableImpl<T> table) {
        String broken = table.rows().checkInvariants();
        if (broken != null) {
            fail(broken + " table=" + table.name());
        }
        table.rows().forEachEntry((id, row) -> {
            if (id == Ids.NONE || row == null || !table.rowType().isInstance(row) || table.idOf(row) != id) {
                fail("S1 row stored under the wrong id or with the wrong type: table=" + table.name()
                        + " key=" + id + " row=" + row);
            }
        });
    }

    private static void checkKeyRelation(KeyRelation<?, ?> relation) {
        boolean sharedKey = relation instanceof OneToOneImpl<?, ?> o && o.def().isSharedPrimaryKey();
        TableImpl<?> target = relation.targetTable();
        long[] linked = {0};
        relation.sourceTable().rows().forEachEntry((id, row) -> {
            long key = relation.keyOf(row);
            if (key == Ids.NONE) {
                if (!relation.isNullable()) {
                    fail("R4 required key holds Ids.NONE: relation=" + relation.name() + " sourceId=" + id);
                }
                return;
            }
            linked[0]++;
            if (target.row(key) == null) {
                fail((sharedKey ? "R5" : "R1") + " dangling link: relation=" + relation.name() + " sourceId="
                        + id + " targetTable=" + target.name() + " targetId=" + key);
            }
            if (!relation.isLinked(id, key)) {
                fail("R2 reverse index disagrees with the row's key: relation=" + relation.name() + " sourceId="
                        + id + " key=" + key);
            }
        });
        if (relation.linkCount() != linked[0]) {
            fail("R3 reverse index has stale entries: relation=" + relation.name() + " reverseSize="
                    + relation.linkCount() + " linkedSourceRows=" + linked[0]);
        }
        String broken = relation.checkIndex();
        if (broken != null) {
            fail(broken + " relation=" + relation.name());
        }
    }

    private static void fail(String message) {
        throw new InvariantViolationException("invariant " + message.replaceFirst(" ", " broken: "));
    }
}
