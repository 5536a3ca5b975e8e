package dev.tether.bench.userprofile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Tether's single writes on the benchmarks' hot paths allocate nothing of their own: the insert
 * then delete of a profile (a row with a one-to-one key; the delete's result is the table's
 * shared value) and the move of a profile to another user and back. Counted as the bytes this
 * thread allocates, which does not depend on the machine's speed, and the same in the interpreter
 * and in compiled code: nothing on these paths relies on escape analysis (the tables loop over
 * arrays of relations, not over lists, whose iterators escaped it).
 */
class TetherWriteAllocationTest {
    private static final int SIZE = 64;
    private static final int WARMUP = 20_000;
    private static final int MEASURED = 10_000;

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void insertingThenDeletingAProfileAllocatesNothing() {
        try (UserProfileWorld<TetherUserProfiles> world = open()) {
            assertThat(bytesPerCall(j -> world.insertAndDeleteProfile(j % world.data().loneUsers())))
                    .as("bytes allocated per insert and delete").isZero();
        }
    }

    @Test
    void movingAProfileAndBackAllocatesNothing() {
        try (UserProfileWorld<TetherUserProfiles> world = open()) {
            assertThat(bytesPerCall(j -> world.moveProfileAndBack(j % world.data().loneUsers())))
                    .as("bytes allocated per two updates").isZero();
        }
    }

    private static UserProfileWorld<TetherUserProfiles> open() {
        UserProfileData data = UserProfileData.forBenchmark(SIZE, Shape.PAIRS);
        return new UserProfileWorld<>(data, new TetherUserProfiles(Shape.PAIRS, data));
    }

    private long bytesPerCall(IntUnaryOperator write) {
        int checksum = 0;
        for (int i = 0; i < WARMUP; i++) {
            checksum += write.applyAsInt(i);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < MEASURED; i++) {
            checksum += write.applyAsInt(i);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(checksum).isEqualTo(2 * (WARMUP + MEASURED));
        return allocated / MEASURED;
    }
}
