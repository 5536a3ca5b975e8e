package dev.tether.internal;

import dev.tether.Ids;
import dev.tether.InvariantViolationException;
import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

/**
 * Verifies the store invariants S1 and S2 ({@link StoreImpl}) and the relation invariants R1 to
 * R5 ({@link OneToOneImpl}). O(rows + links); reads only.
 */
final class InvariantChecker {
    private InvariantChecker() {
    }

    static void check(List<TableImpl<?>> tables, List<OneToOneImpl<?, ?>> relations, WriteGuard guard) {
        if (!guard.idle()) {
            fail("S2", "store is not quiescent between operations");
        }
        for (TableImpl<?> table : tables) {
            checkRows(table);
        }
        for (OneToOneImpl<?, ?> relation : relations) {
            checkRelation(relation);
        }
    }

    private static <T> void checkRows(TableImpl<T> table) {
        table.rows().forEachKeyValue((id, row) -> {
            if (id == Ids.NONE || row == null || !table.rowType().isInstance(row) || table.idOf(row) != id) {
                fail("S1", "row stored under the wrong id or with the wrong type: table=" + table.name()
                        + " key=" + id + " row=" + row);
            }
        });
    }

    private static void checkRelation(OneToOneImpl<?, ?> relation) {
        LongLongHashMap reverse = relation.reverseIndex();
        TableImpl<?> source = relation.sourceTable();
        TableImpl<?> target = relation.targetTable();
        long[] linked = {0};
        source.rows().forEachKeyValue((id, row) -> {
            long key = relation.keyOf(row);
            if (key == Ids.NONE) {
                if (!relation.isNullable()) {
                    fail("R4", "required key holds Ids.NONE: relation=" + relation.name() + " sourceId=" + id);
                }
                return;
            }
            linked[0]++;
            if (!target.contains(key)) {
                fail(reverse == null ? "R5" : "R1", "dangling link: relation=" + relation.name() + " sourceId="
                        + id + " targetTable=" + target.name() + " targetId=" + key);
            }
            if (reverse != null && reverse.getIfAbsent(key, Ids.NONE) != id) {
                fail("R2", "reverse index disagrees with the row's key: relation=" + relation.name() + " sourceId="
                        + id + " key=" + key + " reverse=" + reverse.getIfAbsent(key, Ids.NONE));
            }
        });
        if (reverse != null && reverse.size() != linked[0]) {
            fail("R3", "reverse index has stale entries: relation=" + relation.name() + " reverseSize="
                    + reverse.size() + " linkedSourceRows=" + linked[0]);
        }
    }

    private static void fail(String invariant, String message) {
        throw new InvariantViolationException("invariant " + invariant + " broken: " + message);
    }
}
