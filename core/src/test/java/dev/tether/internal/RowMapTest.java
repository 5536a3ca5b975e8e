package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.Ids;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The table's row map and the keys it shares with {@link LongIndex}: lookups, backward-shift removal, resizing (invariants P1 to P4). */
class RowMapTest {
    private final RowMap<String> map = new RowMap<>(0);

    @AfterEach
    void invariantsHold() {
        assertThat(map.checkInvariants()).isNull();
    }

    @Test
    void agreesWithAHashMapAfterEveryStep() {
        OpenHashLockstep.check(() -> new OpenHashLockstep.Subject() {
            private final RowMap<Long> rows = new RowMap<>(0);

            @Override
            public Long put(long key, long value) {
                return rows.put(key, value);
            }

            @Override
            public Long remove(long key) {
                return rows.remove(key);
            }

            @Override
            public Long get(long key) {
                return rows.get(key);
            }

            @Override
            public Map<Long, Long> entries() {
                Map<Long, Long> visited = new HashMap<>();
                rows.forEachEntry((key, row) -> assertThat(visited.put(key, row)).as("visited twice key=%d", key).isNull());
                List<Long> keys = new ArrayList<>();
                rows.forEachKey(keys::add);
                List<Long> values = new ArrayList<>();
                rows.forEachValue(values::add);
                assertThat(keys).containsExactlyInAnyOrderElementsOf(visited.keySet());
                assertThat(values).containsExactlyInAnyOrderElementsOf(visited.values());
                return visited;
            }

            @Override
            public OpenHashKeys keys() {
                return rows;
            }
        });
    }

    @Test
    void removingFromTheMiddleOfAClusterKeepsTheRestReachable() {
        // 2^20 multiples share their low bits; the Fibonacci hash still puts some in one cluster
        // at 8 slots. Remove each in turn and check that every other key is still found (P3).
        for (int removed = 0; removed < 4; removed++) {
            RowMap<String> rows = new RowMap<>(4);
            for (long k = 0; k < 4; k++) {
                rows.put(k << 20, "r" + k);
            }
            assertThat(rows.remove((long) removed << 20)).isEqualTo("r" + removed);
            assertThat(rows.checkInvariants()).isNull();
            for (long k = 0; k < 4; k++) {
                assertThat(rows.get(k << 20)).as("removed=%d key=%d", removed, k).isEqualTo(k == removed ? null : "r" + k);
            }
        }
    }

    @Test
    void theReservedIdAndNullRowsAreRefusedAndChangeNothing() {
        map.put(1, "one");
        assertThatThrownBy(() -> map.put(Ids.NONE, "none"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=" + Ids.NONE);
        assertThatThrownBy(() -> map.put(2, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=2 row=null");
        assertThat(map.size()).isEqualTo(1);
        assertThat(map.get(Ids.NONE)).isNull();
        assertThat(map.containsKey(Ids.NONE)).isFalse();
        assertThat(map.remove(Ids.NONE)).isNull();
        assertThat(map.get(1)).isEqualTo("one");
    }

    @Test
    void growsAtHalfFullAndPresizesToThePowerOfTwo() {
        assertThat(slots(map)).isEqualTo(OpenHashKeys.MIN_SLOTS);
        for (long k = 1; k <= 4; k++) {
            map.put(k, "r");
        }
        assertThat(slots(map)).as("4 rows fill 8 slots half").isEqualTo(8);
        map.put(5, "r");
        assertThat(slots(map)).isEqualTo(16);
        assertThat(map.ensureCapacity(8)).as("8 rows fit 16 slots").isFalse();
        assertThat(map.ensureCapacity(9)).isTrue();
        assertThat(slots(map)).isEqualTo(32);
        assertThat(OpenHashKeys.slotsFor(0)).isEqualTo(8);
        assertThat(OpenHashKeys.slotsFor(1_000_000)).isEqualTo(1 << 21);
        assertThat(OpenHashKeys.slotsFor(1 << 29)).isEqualTo(OpenHashKeys.MAX_SLOTS);
        assertThatThrownBy(() -> OpenHashKeys.slotsFor((1 << 29) + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entries=536870913");
        for (long k = 1; k <= 5; k++) {
            assertThat(map.get(k)).isEqualTo("r");
        }
    }

    @Test
    void theCheckerReportsEachBrokenInvariant() throws ReflectiveOperationException {
        map.put(7, "seven");
        Field size = OpenHashKeys.class.getDeclaredField("size");
        size.setAccessible(true);
        size.setInt(map, 2);
        assertThat(map.checkInvariants()).startsWith("P2 size differs").contains("size=2 used=1");
        size.setInt(map, 1);

        long[] keys = (long[]) field("keys");
        Object[] values = (Object[]) field("values");
        int slot = indexOf(keys, 7);
        int moved = (slot + 1) & (keys.length - 1);
        values[slot] = null;
        assertThat(map.checkInvariants()).startsWith("P2 key and value disagree").contains("slot=" + slot);
        keys[slot] = Ids.NONE;
        keys[moved] = 7;
        values[moved] = "seven";
        assertThat(map.checkInvariants()).startsWith("P3 key unreachable").contains("key=7");
        keys[moved] = Ids.NONE;
        values[moved] = null;
        keys[slot] = 7;
        values[slot] = "seven";

        Field displacement = OpenHashKeys.class.getDeclaredField("displacement");
        displacement.setAccessible(true);
        displacement.setLong(map, 5);
        assertThat(map.checkInvariants()).startsWith("P4 displacement wrong").contains("displacement=5 measured=0");
        displacement.setLong(map, 0);
    }

    @Test
    void theCheckerReportsCrowdedLowBitHomes() throws ReflectiveOperationException {
        RowMap<String> crowded = new RowMap<>(16);
        long[] keys = crowded.keys;
        Object[] values = (Object[]) field(crowded, "values");
        for (int k = 0; k < 8; k++) {
            keys[k] = 32L * k;
            values[k] = "r";
        }
        setField(crowded, "size", 8);
        setField(crowded, "displacement", 28L);
        assertThat(crowded.checkInvariants()).as("8 keys 28 slots from their low-bit home, 3 a key allowed")
                .startsWith("P4").contains("displacement=28 measured=28 size=8 farthest=7 fibonacci=false");
    }

    private static void setField(OpenHashKeys target, String name, Object value) throws ReflectiveOperationException {
        Field f = OpenHashKeys.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }

    private Object field(String name) throws ReflectiveOperationException {
        return field(map, name);
    }

    private static Object field(RowMap<?> target, String name) throws ReflectiveOperationException {
        Field f = (name.equals("keys") ? OpenHashKeys.class : RowMap.class).getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    private static int slots(RowMap<?> rows) {
        return rows.keys.length;
    }

    private static int indexOf(long[] keys, long key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        throw new AssertionError("key not stored: key=" + key);
    }
}
