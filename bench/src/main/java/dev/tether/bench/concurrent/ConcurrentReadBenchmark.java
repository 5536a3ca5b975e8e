package dev.tether.bench.concurrent;

import dev.tether.bench.fixture.Profile;
import dev.tether.bench.userprofile.Cursor;
import dev.tether.bench.userprofile.FloorUserProfiles;
import dev.tether.bench.userprofile.TetherUserProfiles;
import dev.tether.bench.userprofile.UserProfileStore;
import dev.tether.bench.userprofile.WorldState;
import dev.tether.bench.userprofile.WorldStates.FloorPairs;
import dev.tether.bench.userprofile.WorldStates.TetherPairs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Read throughput (ops/us) of one shared store as reader threads are added. One read operation
 * is a get by id of a random paired user plus the reverse lookup of its profile.
 *
 * <ul>
 *   <li>{@code readMix_tether} and {@code readMix_floor}: readers only. Tether reads
 *       optimistically (no lock, a validated stamp); the floor reads its raw maps unsynchronized,
 *       which is safe only because nothing writes: the ceiling for lock-free reads.</li>
 *   <li>Group {@code readWithWriter_tether}: reader threads ({@code reader_tether}, the same read
 *       as above) beside one writer thread ({@code writer_tether}) moving profiles to free users
 *       and back through Tether's write lock, so that readers really validate, fail and retry
 *       under the read lock. Read the reader throughput from the {@code reader_tether} secondary
 *       result; the group's primary score adds readers and writer. The floor has no counterpart:
 *       raw maps cannot be read while written.</li>
 * </ul>
 *
 * <h2>Running the scaling series</h2>
 * <pre>{@code
 * java -jar bench/target/benchmarks.jar 'ConcurrentReadBenchmark.readMix' -t 1
 * java -jar bench/target/benchmarks.jar 'ConcurrentReadBenchmark.readMix' -t 2
 * java -jar bench/target/benchmarks.jar 'ConcurrentReadBenchmark.readWithWriter' -tg 1,1
 * java -jar bench/target/benchmarks.jar 'ConcurrentReadBenchmark.readWithWriter' -tg 2,1
 * }</pre>
 * {@code -tg} counts follow the group's methods in name order: readers, then the writer. On a
 * bigger machine continue with {@code -t 4}, {@code -t 8}, {@code -t 16} and {@code -tg 4,1}
 * and so on, keeping threads at or below the cores (a reader that shares a core measures the
 * scheduler).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ConcurrentReadBenchmark {
    @Benchmark
    public Profile readMix_tether(TetherPairs world, Cursor cursor, Blackhole blackhole) {
        return readMix(world, cursor, blackhole);
    }

    @Benchmark
    public Profile readMix_floor(FloorPairs world, Cursor cursor, Blackhole blackhole) {
        return readMix(world, cursor, blackhole);
    }

    @Benchmark
    @Group("readWithWriter_tether")
    @GroupThreads(1)
    public Profile reader_tether(TetherPairs world, Cursor cursor, Blackhole blackhole) {
        return readMix(world, cursor, blackhole);
    }

    @Benchmark
    @Group("readWithWriter_tether")
    @GroupThreads(1)
    public int writer_tether(TetherPairs world, Cursor cursor) {
        return world.world().moveProfileAndBack(world.loneIndex(cursor));
    }

    /** A user by id, then its profile: the read every reader thread repeats. */
    private static Profile readMix(WorldState<? extends UserProfileStore> world, Cursor cursor, Blackhole blackhole) {
        long userId = world.userKey(cursor);
        UserProfileStore store = world.store();
        blackhole.consume(store.user(userId));
        return store.profileOfUser(userId);
    }
}
