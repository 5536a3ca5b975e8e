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
 * Reads of a many-to-many relation ({@code album <-> tag}) for tags with 1, 10 and 10,000 albums:
 * membership of a linked pair ({@code contains}, from the album side), the album count of a tag
 * ({@code leftCount}) and iteration over a tag's album ids (summed). Each invocation takes the
 * next drawn pair or tag.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ManyToManyReadBenchmark extends TagWorlds {
    @Benchmark
    public boolean contains_tether() {
        int i = catalog.nextDraw();
        return tether.contains(catalog.linkedAlbumDraw(i), catalog.linkedTagDraw(i));
    }

    @Benchmark
    public boolean contains_floor() {
        int i = catalog.nextDraw();
        return floor.contains(catalog.linkedAlbumDraw(i), catalog.linkedTagDraw(i));
    }

    @Benchmark
    public boolean contains_h2() throws SQLException {
        int i = catalog.nextDraw();
        return h2.contains(catalog.linkedAlbumDraw(i), catalog.linkedTagDraw(i));
    }

    @Benchmark
    public int leftCount_tether() {
        return tether.leftCount(catalog.tagDraw(catalog.nextDraw()));
    }

    @Benchmark
    public int leftCount_floor() {
        return floor.leftCount(catalog.tagDraw(catalog.nextDraw()));
    }

    @Benchmark
    public int leftCount_h2() throws SQLException {
        return h2.leftCount(catalog.tagDraw(catalog.nextDraw()));
    }

    @Benchmark
    public long forEachLeftId_tether() {
        return tether.sumLeftIds(catalog.tagDraw(catalog.nextDraw()));
    }

    @Benchmark
    public long forEachLeftId_floor() {
        return floor.sumLeftIds(catalog.tagDraw(catalog.nextDraw()));
    }

    @Benchmark
    public long forEachLeftId_h2() throws SQLException {
        return h2.sumLeftIds(catalog.tagDraw(catalog.nextDraw()));
    }
}
