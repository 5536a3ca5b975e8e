package dev.tether.bench.write;

import dev.tether.bench.userprofile.Cursor;
import dev.tether.bench.userprofile.WorldStates.FloorPairs;
import dev.tether.bench.userprofile.WorldStates.H2Pairs;
import dev.tether.bench.userprofile.WorldStates.HashMapPairs;
import dev.tether.bench.userprofile.WorldStates.TetherPairs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Checked writes on the one-to-one user/profile schema, each leaving the store as it found it
 * so that the table size stays {@code size} (see {@link dev.tether.bench.userprofile.UserProfileWorld}):
 * <ul>
 *   <li>{@code insertDelete}: insert a profile for a user that has none (id, target and
 *       uniqueness checked), then delete it;</li>
 *   <li>{@code insertDuplicate}: insert a second profile for a user that has one, refused
 *       (Tether's {@code UniqueViolationException}, the floor's hand-written check, H2's
 *       constraint violation); the cost of the refusal, exception included;</li>
 *   <li>{@code moveLink}: update a profile to point at a free user, then back: two updates that
 *       each free one target and claim another.</li>
 * </ul>
 * Each as {@code _tether}, {@code _floor}, {@code _hashMap}, {@code _h2}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class InsertWriteBenchmark {
    @Benchmark
    public int insertDelete_tether(TetherPairs world, Cursor cursor) {
        return world.world().insertAndDeleteProfile(world.loneIndex(cursor));
    }

    @Benchmark
    public int insertDelete_floor(FloorPairs world, Cursor cursor) {
        return world.world().insertAndDeleteProfile(world.loneIndex(cursor));
    }

    @Benchmark
    public int insertDelete_hashMap(HashMapPairs world, Cursor cursor) {
        return world.world().insertAndDeleteProfile(world.loneIndex(cursor));
    }

    @Benchmark
    public int insertDelete_h2(H2Pairs world, Cursor cursor) {
        return world.world().insertAndDeleteProfile(world.loneIndex(cursor));
    }

    @Benchmark
    public boolean insertDuplicate_tether(TetherPairs world, Cursor cursor) {
        return world.world().insertDuplicateProfile(world.loneIndex(cursor));
    }

    @Benchmark
    public boolean insertDuplicate_floor(FloorPairs world, Cursor cursor) {
        return world.world().insertDuplicateProfile(world.loneIndex(cursor));
    }

    @Benchmark
    public boolean insertDuplicate_hashMap(HashMapPairs world, Cursor cursor) {
        return world.world().insertDuplicateProfile(world.loneIndex(cursor));
    }

    @Benchmark
    public boolean insertDuplicate_h2(H2Pairs world, Cursor cursor) {
        return world.world().insertDuplicateProfile(world.loneIndex(cursor));
    }

    @Benchmark
    public int moveLink_tether(TetherPairs world, Cursor cursor) {
        return world.world().moveProfileAndBack(world.loneIndex(cursor));
    }

    @Benchmark
    public int moveLink_floor(FloorPairs world, Cursor cursor) {
        return world.world().moveProfileAndBack(world.loneIndex(cursor));
    }

    @Benchmark
    public int moveLink_hashMap(HashMapPairs world, Cursor cursor) {
        return world.world().moveProfileAndBack(world.loneIndex(cursor));
    }

    @Benchmark
    public int moveLink_h2(H2Pairs world, Cursor cursor) {
        return world.world().moveProfileAndBack(world.loneIndex(cursor));
    }
}
