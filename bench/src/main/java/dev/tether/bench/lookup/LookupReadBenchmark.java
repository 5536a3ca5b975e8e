package dev.tether.bench.lookup;

import dev.tether.bench.fixture.Profile;
import dev.tether.bench.fixture.User;
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
 * One-to-one reads on the user/profile schema ({@code size} pairs plus {@code size / 16} users
 * without a profile; see {@link dev.tether.bench.userprofile.UserProfileData}), each key the next
 * of a random draw:
 * <ul>
 *   <li>{@code getById}: a user by id;</li>
 *   <li>{@code forwardLookup}: from a profile id to its user (the profile's row, then its
 *       target: Tether {@code Table.getOrNull} and {@code OneToOne.targetOrNull}, two probes);</li>
 *   <li>{@code reverseLookup}: from a user id to its profile (Tether {@code OneToOne.sourceOrNull}:
 *       the reverse index, then the profile table);</li>
 *   <li>{@code reverseLookupMissing}: the same for a user that has no profile (one probe that
 *       finds nothing; H2 finds no row).</li>
 * </ul>
 * Each as {@code _tether}, {@code _floor} (raw Eclipse Collections maps), {@code _hashMap}
 * ({@code java.util.HashMap}) and {@code _h2} (prepared statements, rows materialised).
 * Tether's reads allocate nothing: check with {@code -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class LookupReadBenchmark {
    @Benchmark
    public User getById_tether(TetherPairs world, Cursor cursor) {
        return world.store().user(world.userKey(cursor));
    }

    @Benchmark
    public User getById_floor(FloorPairs world, Cursor cursor) {
        return world.store().user(world.userKey(cursor));
    }

    @Benchmark
    public User getById_hashMap(HashMapPairs world, Cursor cursor) {
        return world.store().user(world.userKey(cursor));
    }

    @Benchmark
    public User getById_h2(H2Pairs world, Cursor cursor) {
        return world.store().user(world.userKey(cursor));
    }

    @Benchmark
    public User forwardLookup_tether(TetherPairs world, Cursor cursor) {
        return world.store().userOfProfile(world.profileKey(cursor));
    }

    @Benchmark
    public User forwardLookup_floor(FloorPairs world, Cursor cursor) {
        return world.store().userOfProfile(world.profileKey(cursor));
    }

    @Benchmark
    public User forwardLookup_hashMap(HashMapPairs world, Cursor cursor) {
        return world.store().userOfProfile(world.profileKey(cursor));
    }

    @Benchmark
    public User forwardLookup_h2(H2Pairs world, Cursor cursor) {
        return world.store().userOfProfile(world.profileKey(cursor));
    }

    @Benchmark
    public Profile reverseLookup_tether(TetherPairs world, Cursor cursor) {
        return world.store().profileOfUser(world.userKey(cursor));
    }

    @Benchmark
    public Profile reverseLookup_floor(FloorPairs world, Cursor cursor) {
        return world.store().profileOfUser(world.userKey(cursor));
    }

    @Benchmark
    public Profile reverseLookup_hashMap(HashMapPairs world, Cursor cursor) {
        return world.store().profileOfUser(world.userKey(cursor));
    }

    @Benchmark
    public Profile reverseLookup_h2(H2Pairs world, Cursor cursor) {
        return world.store().profileOfUser(world.userKey(cursor));
    }

    @Benchmark
    public Profile reverseLookupMissing_tether(TetherPairs world, Cursor cursor) {
        return world.store().profileOfUser(world.loneUserKey(cursor));
    }

    @Benchmark
    public Profile reverseLookupMissing_floor(FloorPairs world, Cursor cursor) {
        return world.store().profileOfUser(world.loneUserKey(cursor));
    }

    @Benchmark
    public Profile reverseLookupMissing_hashMap(HashMapPairs world, Cursor cursor) {
        return world.store().profileOfUser(world.loneUserKey(cursor));
    }

    @Benchmark
    public Profile reverseLookupMissing_h2(H2Pairs world, Cursor cursor) {
        return world.store().profileOfUser(world.loneUserKey(cursor));
    }
}
