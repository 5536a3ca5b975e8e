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
 * Reverse access of a many-to-one relation ({@code artist -> albums}) for artists with 1, 10 and
 * 10,000 albums: the count ({@code artist.album_set.count()}), membership of one album, and
 * iteration over the album ids (summed, so every element counts). Each invocation takes the next
 * drawn artist (and one of its albums). Tether's compact index against the floor's
 * {@code LongObjectHashMap<LongHashSet>} and H2's indexed foreign key.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReverseReadBenchmark extends ArtistWorlds {
    @Benchmark
    public int sourceCount_tether() {
        return tether.sourceCount(catalog.artistDraw(catalog.nextDraw()));
    }

    @Benchmark
    public int sourceCount_floor() {
        return floor.sourceCount(catalog.artistDraw(catalog.nextDraw()));
    }

    @Benchmark
    public int sourceCount_h2() throws SQLException {
        return h2.sourceCount(catalog.artistDraw(catalog.nextDraw()));
    }

    @Benchmark
    public boolean hasSource_tether() {
        int i = catalog.nextDraw();
        return tether.hasSource(catalog.artistDraw(i), catalog.albumDraw(i));
    }

    @Benchmark
    public boolean hasSource_floor() {
        int i = catalog.nextDraw();
        return floor.hasSource(catalog.artistDraw(i), catalog.albumDraw(i));
    }

    @Benchmark
    public boolean hasSource_h2() throws SQLException {
        int i = catalog.nextDraw();
        return h2.hasSource(catalog.artistDraw(i), catalog.albumDraw(i));
    }

    @Benchmark
    public long forEachSourceId_tether() {
        return tether.sumSourceIds(catalog.artistDraw(catalog.nextDraw()));
    }

    @Benchmark
    public long forEachSourceId_floor() {
        return floor.sumSourceIds(catalog.artistDraw(catalog.nextDraw()));
    }

    @Benchmark
    public long forEachSourceId_h2() throws SQLException {
        return h2.sumSourceIds(catalog.artistDraw(catalog.nextDraw()));
    }
}
