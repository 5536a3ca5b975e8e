package dev.tether.bench.relations;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A CASCADE delete of an artist with 1, 10 or 10,000 albums, followed by re-inserting the artist
 * and its albums so that every invocation starts from the same state: each result is the cost of
 * the delete plus the re-insert, the same work for every implementation. Each invocation takes
 * the next drawn artist.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class CascadeManyWriteBenchmark extends ArtistWorlds {
    @Benchmark
    public long cascadeDeleteAndRestore_tether() {
        return tether.cascadeDeleteAndRestore(catalog.artistDraw(catalog.nextDraw()));
    }

    @Benchmark
    public long cascadeDeleteAndRestore_floor() {
        return floor.cascadeDeleteAndRestore(catalog.artistDraw(catalog.nextDraw()));
    }

    @Benchmark
    public long cascadeDeleteAndRestore_h2() throws SQLException {
        return h2.cascadeDeleteAndRestore(catalog.artistDraw(catalog.nextDraw()));
    }
}
