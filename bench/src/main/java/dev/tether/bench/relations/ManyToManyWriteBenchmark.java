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
 * Writes of a many-to-many relation: link a drawn unlinked (album, tag) pair, then unlink it, so
 * every invocation starts from the same state. The tag has 1, 10 or 10,000 albums; with 1, Tether's
 * compact index moves the tag's entry into a set and back on every invocation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ManyToManyWriteBenchmark extends TagWorlds {
    @Benchmark
    public int addThenRemove_tether() {
        int i = catalog.nextDraw();
        return tether.addThenRemove(catalog.unlinkedAlbumDraw(i), catalog.unlinkedTagDraw(i));
    }

    @Benchmark
    public int addThenRemove_floor() {
        int i = catalog.nextDraw();
        return floor.addThenRemove(catalog.unlinkedAlbumDraw(i), catalog.unlinkedTagDraw(i));
    }

    @Benchmark
    public int addThenRemove_h2() throws SQLException {
        int i = catalog.nextDraw();
        return h2.addThenRemove(catalog.unlinkedAlbumDraw(i), catalog.unlinkedTagDraw(i));
    }
}
