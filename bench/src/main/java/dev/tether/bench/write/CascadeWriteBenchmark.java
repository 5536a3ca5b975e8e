package dev.tether.bench.write;

import dev.tether.bench.userprofile.Cursor;
import dev.tether.bench.userprofile.WorldStates.FloorChain;
import dev.tether.bench.userprofile.WorldStates.FloorPairs;
import dev.tether.bench.userprofile.WorldStates.FloorProtected;
import dev.tether.bench.userprofile.WorldStates.H2Chain;
import dev.tether.bench.userprofile.WorldStates.H2Pairs;
import dev.tether.bench.userprofile.WorldStates.H2Protected;
import dev.tether.bench.userprofile.WorldStates.HashMapChain;
import dev.tether.bench.userprofile.WorldStates.HashMapPairs;
import dev.tether.bench.userprofile.WorldStates.HashMapProtected;
import dev.tether.bench.userprofile.WorldStates.TetherChain;
import dev.tether.bench.userprofile.WorldStates.TetherPairs;
import dev.tether.bench.userprofile.WorldStates.TetherProtected;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deletes that follow on-delete rules, each leaving the store as it found it (see
 * {@link dev.tether.bench.userprofile.UserProfileWorld}):
 * <ul>
 *   <li>{@code deleteCascade}: delete a user, which cascades to its profile, then insert both
 *       again ({@link dev.tether.bench.userprofile.Shape#PAIRS});</li>
 *   <li>{@code deleteChain}: the same through three levels, user, profile, avatar, then
 *       re-insert all three ({@link dev.tether.bench.userprofile.Shape#CHAIN});</li>
 *   <li>{@code deleteProtected}: try to delete a user whose profile protects it, refused (Tether
 *       PROTECT and its {@code ProtectedException}, the floor's hand-written check, H2's
 *       {@code ON DELETE RESTRICT}) ({@link dev.tether.bench.userprofile.Shape#PROTECTED_PAIRS}).</li>
 * </ul>
 * Each as {@code _tether}, {@code _floor}, {@code _hashMap}, {@code _h2}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class CascadeWriteBenchmark {
    @Benchmark
    public int deleteCascade_tether(TetherPairs world, Cursor cursor) {
        return world.world().deleteUserAndRestore(world.pairIndex(cursor));
    }

    @Benchmark
    public int deleteCascade_floor(FloorPairs world, Cursor cursor) {
        return world.world().deleteUserAndRestore(world.pairIndex(cursor));
    }

    @Benchmark
    public int deleteCascade_hashMap(HashMapPairs world, Cursor cursor) {
        return world.world().deleteUserAndRestore(world.pairIndex(cursor));
    }

    @Benchmark
    public int deleteCascade_h2(H2Pairs world, Cursor cursor) {
        return world.world().deleteUserAndRestore(world.pairIndex(cursor));
    }

    @Benchmark
    public int deleteChain_tether(TetherChain world, Cursor cursor) {
        return world.world().deleteUserAndRestore(world.pairIndex(cursor));
    }

    @Benchmark
    public int deleteChain_floor(FloorChain world, Cursor cursor) {
        return world.world().deleteUserAndRestore(world.pairIndex(cursor));
    }

    @Benchmark
    public int deleteChain_hashMap(HashMapChain world, Cursor cursor) {
        return world.world().deleteUserAndRestore(world.pairIndex(cursor));
    }

    @Benchmark
    public int deleteChain_h2(H2Chain world, Cursor cursor) {
        return world.world().deleteUserAndRestore(world.pairIndex(cursor));
    }

    @Benchmark
    public boolean deleteProtected_tether(TetherProtected world, Cursor cursor) {
        return world.world().refuseUserDelete(world.pairIndex(cursor));
    }

    @Benchmark
    public boolean deleteProtected_floor(FloorProtected world, Cursor cursor) {
        return world.world().refuseUserDelete(world.pairIndex(cursor));
    }

    @Benchmark
    public boolean deleteProtected_hashMap(HashMapProtected world, Cursor cursor) {
        return world.world().refuseUserDelete(world.pairIndex(cursor));
    }

    @Benchmark
    public boolean deleteProtected_h2(H2Protected world, Cursor cursor) {
        return world.world().refuseUserDelete(world.pairIndex(cursor));
    }
}
