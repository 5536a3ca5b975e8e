package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tether.Ids;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The compact multimap: one value inline, a few in an array, more in a set, and back (invariants M1 to M6). */
class LongMultimapTest {
    private final LongMultimap map = new LongMultimap();

    @AfterEach
    void invariantsHold() {
        assertThat(map.checkInvariants()).isNull();
    }

    private Object field(String name) throws ReflectiveOperationException {
        Field f = LongMultimap.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(map);
    }

    @Test
    void oneValueIsInlineAndCostsNoSet() throws ReflectiveOperationException {
        assertThat(map.put(1, 10)).isTrue();
        assertThat(map.put(1, 10)).isFalse();
        assertThat(((LongIndex) field("single")).size()).isEqualTo(1);
        assertThat(groupedKeys()).isZero();
        assertThat(map.count(1)).isEqualTo(1);
        assertThat(map.contains(1, 10)).isTrue();
        assertThat(map.contains(1, 11)).isFalse();
        assertThat(map.pairCount()).isEqualTo(1);
    }

    @Test
    void theReservedIdIsNeverAValue() {
        // A key without values, a key with one (single map) and a key with a few (array group,
        // whose free slots hold NONE): NONE is in none of them, and removing it changes nothing (M3, M4).
        map.put(2, 20);
        map.put(3, 30);
        map.put(3, 31);
        for (long key = 1; key <= 3; key++) {
            assertThat(map.contains(key, Ids.NONE)).as("contains key=%d", key).isFalse();
            assertThat(map.remove(key, Ids.NONE)).as("remove key=%d", key).isFalse();
        }
        assertThat(map.pairCount()).isEqualTo(3);
    }

    @Test
    void growsIntoASetAndShrinksBack() {
        for (long v = 0; v < 100; v++) {
            assertThat(map.put(7, v)).isTrue();
        }
        assertThat(groupedKeys()).isEqualTo(1);
        assertThat(map.count(7)).isEqualTo(100);
        LongArrayList seen = new LongArrayList();
        map.forEach(7, seen::add);
        assertThat(seen.size()).isEqualTo(100);
        for (long v = 0; v < 99; v++) {
            assertThat(map.remove(7, v)).isTrue();
        }
        assertThat(map.remove(7, 0)).isFalse();
        assertThat(groupedKeys()).isZero();
        assertThat(map.values(7)).containsExactly(99);
        assertThat(map.remove(7, 99)).isTrue();
        assertThat(map.count(7)).isZero();
        assertThat(map.values(7)).isEmpty();
        assertThat(map.pairCount()).isZero();
    }

    @Test
    void checkerReportsABrokenCount() throws ReflectiveOperationException {
        map.put(1, 2);
        Field size = LongMultimap.class.getDeclaredField("pairCount");
        size.setAccessible(true);
        size.setLong(map, 5);
        assertThat(map.checkInvariants()).startsWith("M3");
        size.setLong(map, 1);
    }

    /** The group of {@code key}: the multimap's own entry, as a {@link RowMap}. */
    private Object groupOf(long key) {
        return map.get(key);
    }

    /** How many keys hold a group: the entries of the multimap's own {@link RowMap}. */
    private int groupedKeys() {
        return map.size();
    }

    @Test
    void twoValuesAreATwoSlotArrayNotASet() throws ReflectiveOperationException {
        map.put(1, 10);
        map.put(1, 11);
        assertThat(groupOf(1)).isInstanceOf(long[].class);
        assertThat((long[]) groupOf(1)).containsExactly(10, 11);
        assertThat(((LongIndex) field("single")).size()).isZero();
        assertThat(map.count(1)).isEqualTo(2);
        assertThat(map.contains(1, 11)).isTrue();
        assertThat(map.contains(1, 12)).isFalse();
        assertThat(map.put(1, 11)).isFalse();
        assertThat(map.remove(1, 10)).isTrue();
        assertThat(groupOf(1)).isNull();
        assertThat(map.values(1)).containsExactly(11);
    }

    @Test
    void arrayGrowsInPlaceUpToSmallThenBecomesASetAndComesBackAtShrink() {
        for (long v = 1; v <= LongMultimap.SMALL; v++) {
            map.put(3, v);
        }
        assertThat((long[]) groupOf(3)).hasSize(LongMultimap.SMALL);
        map.put(3, LongMultimap.SMALL + 1);
        assertThat(groupOf(3)).isInstanceOf(LongSet.class);
        assertThat(map.count(3)).isEqualTo(LongMultimap.SMALL + 1);
        for (long v = 1; map.count(3) > LongMultimap.SHRINK + 1; v++) {
            map.remove(3, v);
        }
        assertThat(groupOf(3)).as("one above the shrink threshold stays a set").isInstanceOf(LongSet.class);
        long[] before = map.values(3);
        map.remove(3, before[0]);
        assertThat(groupOf(3)).isInstanceOf(long[].class);
        assertThat(map.values(3)).containsExactlyInAnyOrder(Arrays.copyOfRange(before, 1, before.length));
    }

    @Test
    void randomPutsAndRemovesAgreeWithPlainSets() {
        LongObjectHashMap<LongHashSet> reference = new LongObjectHashMap<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int step = 0; step < 20_000; step++) {
            long key = random.nextInt(4);
            long value = random.nextInt(1, 24);
            LongHashSet expected = reference.getIfAbsentPut(key, LongHashSet::new);
            if (random.nextInt(100) < 55) {
                assertThat(map.put(key, value)).as("put step=%d", step).isEqualTo(expected.add(value));
            } else {
                assertThat(map.remove(key, value)).as("remove step=%d", step).isEqualTo(expected.remove(value));
            }
            assertThat(map.checkInvariants()).as("step=%d", step).isNull();
            assertThat(map.count(key)).isEqualTo(expected.size());
            assertThat(map.contains(key, value)).isEqualTo(expected.contains(value));
            assertThat(map.values(key)).containsExactlyInAnyOrder(expected.toArray());
            LongArrayList seen = new LongArrayList();
            map.forEach(key, seen::add);
            assertThat(seen.toArray()).containsExactlyInAnyOrder(expected.toArray());
        }
        long[] pairs = {0};
        map.forEachPair((key, value) -> {
            assertThat(reference.get(key).contains(value)).isTrue();
            pairs[0]++;
        });
        assertThat(pairs[0]).isEqualTo(map.pairCount()).isEqualTo(reference.sumOfInt(LongHashSet::size));
    }

    @Test
    void checkerReportsAnUnpackedArray() {
        map.put(1, 10);
        map.put(1, 11);
        map.put(1, 12);
        long[] slots = (long[]) groupOf(1);
        slots[3] = slots[2];
        slots[2] = Ids.NONE;
        assertThat(map.checkInvariants()).startsWith("M5 array group not packed");
        slots[2] = slots[3];
        slots[3] = Ids.NONE;
    }
}
