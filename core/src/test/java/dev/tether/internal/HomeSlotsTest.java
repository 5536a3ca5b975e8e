package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Where {@link OpenHashKeys} puts a key: at its low-bit home while the ids spread on their own,
 * and at its Fibonacci home once ids that share their low bits would crowd (invariant P4).
 */
class HomeSlotsTest {
    private static final int ROWS = 10_000;

    @Test
    void randomIdsKeepLowBitHomes() {
        RowMap<String> rows = new RowMap<>(0);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < ROWS; i++) {
            rows.put(random.nextLong() | 1, "r");
        }
        assertThat(rows.fibonacci).as("random ids spread on their low bits").isFalse();
        assertThat(averageDistance(rows)).isLessThan(1.0);
        assertThat(rows.checkInvariants()).isNull();
    }

    @Test
    void sequentialIdsEachSitInTheirOwnHomeSlot() {
        RowMap<String> rows = new RowMap<>(ROWS);
        for (long id = 1; id <= ROWS; id++) {
            rows.put(id, "r");
        }
        int mask = rows.keys.length - 1;
        for (long id = 1; id <= ROWS; id++) {
            assertThat(rows.keys[(int) id & mask]).as("id=%d", id).isEqualTo(id);
        }
        assertThat(rows.fibonacci).isFalse();
    }

    @Test
    void idsThatShareTheirLowBitsSwitchToFibonacciHomesAndSpread() {
        RowMap<String> rows = new RowMap<>(0);
        LongSet set = new LongSet(0);
        LongIndex index = new LongIndex(0);
        for (long k = 1; k <= ROWS; k++) {
            rows.put(k << 20, "r");
            set.add(k << 20);
            index.put(k << 20, k);
        }
        for (OpenHashKeys map : new OpenHashKeys[] {rows, set, index}) {
            assertThat(map.fibonacci).as(map.getClass().getSimpleName()).isTrue();
            assertThat(averageDistance(map)).as("on low bits every key would share one home").isLessThan(1.0);
            assertThat(map.checkInvariants()).isNull();
        }
        for (long k = 1; k <= ROWS; k++) {
            assertThat(rows.get(k << 20)).isEqualTo("r");
            assertThat(set.contains(k << 20)).isTrue();
            assertThat(index.get(k << 20)).isEqualTo(k);
        }
    }

    @Test
    void theInsertThatWouldCrowdTheLowBitHomesSwitchesThemFirst() {
        RowMap<String> rows = new RowMap<>(16);
        int crowdedAt = 0;
        for (long k = 0; k < 8; k++) {
            rows.put(32 * k, "r" + k);
            if (rows.fibonacci && crowdedAt == 0) {
                crowdedAt = (int) k + 1;
            }
            assertThat(rows.checkInvariants()).as("after key %d", k).isNull();
        }
        assertThat(rows.keys.length).as("no resize: the switch rehashes in place").isEqualTo(32);
        assertThat(crowdedAt)
                .as("7 keys on one home are 21 slots away in all, the most 3 a key allows; the 8th would make 28")
                .isEqualTo(8);
        for (long k = 0; k < 8; k++) {
            assertThat(rows.get(32 * k)).isEqualTo("r" + k);
        }
    }

    @Test
    void aClusterOfPatternedIdsAmongRandomOnesSwitchesAtTheLongestProbe() {
        RowMap<String> rows = new RowMap<>(ROWS);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < ROWS; i++) {
            rows.put(random.nextLong() | 1, "r");
        }
        long patterned = 0;
        double averageBefore = 0;
        while (!rows.fibonacci && patterned < 1_000) {
            averageBefore = averageDistance(rows);
            patterned++;
            rows.put(patterned << 20, "p");
        }
        assertThat(averageBefore)
                .as("the random ids keep the average far below 3, so only the longest probe can tell")
                .isLessThan(2.0);
        assertThat(patterned)
                .as("ids sharing one home switch once one would sit over 128 slots out (random ids in the way take slots too)")
                .isBetween(OpenHashKeys.LONGEST_PROBE / 2L, OpenHashKeys.LONGEST_PROBE + 1L);
        assertThat(rows.checkInvariants()).isNull();
    }

    @Test
    void removalsKeepTheDistanceFromHomeExact() {
        RowMap<String> rows = new RowMap<>(16);
        for (long k = 0; k < 7; k++) {
            rows.put(32 * k, "r");
        }
        rows.remove(0);
        rows.remove(96);
        assertThat(rows.checkInvariants()).isNull();
        rows.put(7 * 32, "r");
        rows.put(8 * 32, "r");
        assertThat(rows.fibonacci)
                .as("7 keys again at 21 in all: the removals' shifts were subtracted, so no switch")
                .isFalse();
        assertThat(rows.checkInvariants()).isNull();
    }

    /** The mean distance of the keys from their home slots, measured from the keys array. */
    private static double averageDistance(OpenHashKeys map) {
        int mask = map.keys.length - 1;
        long distance = 0;
        for (int slot = 0; slot <= mask; slot++) {
            if (map.keys[slot] != OpenHashKeys.FREE) {
                distance += (slot - map.homeOf(map.keys[slot], mask)) & mask;
            }
        }
        return (double) distance / map.size();
    }
}
