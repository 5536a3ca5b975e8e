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
 * Writes of a many-to-many relation, each leaving the state it found:
 * <ul>
 *   <li>{@code addThenRemove}: link a drawn unlinked (album, tag) pair, then unlink it. The tag has
 *       1, 10 or 10,000 albums; with 1, Tether's compact index moves the tag's entry into a set and
 *       back on every invocation.</li>
 *   <li>{@code setThenRestore}: the same change made by {@code set}: the album's tags (about
 *       {@link TagCatalog#TAGS_PER_ALBUM}) and the drawn tag, then the album's tags again. Each set
 *       checks every id, then diffs against the album's links (Tether {@code ManyToMany.set}; the
 *       floor writes the same diff on its maps). No H2 row: it would be a delete and an insert,
 *       which {@code addThenRemove_h2} already measures.</li>
 * </ul>
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
    public int setThenRestore_tether() {
        int i = catalog.nextDraw();
        return tether.setThenRestore(catalog.unlinkedAlbumDraw(i), catalog.unlinkedAlbumRetagDraw(i),
                catalog.unlinkedAlbumTagDraw(i));
    }

    @Benchmark
    public int setThenRestore_floor() {
        int i = catalog.nextDraw();
        return floor.setThenRestore(catalog.unlinkedAlbumDraw(i), catalog.unlinkedAlbumRetagDraw(i),
                catalog.unlinkedAlbumTagDraw(i));
    }

    @Benchmark
    public int addThenRemove_h2() throws SQLException {
        int i = catalog.nextDraw();
        return h2.addThenRemove(catalog.unlinkedAlbumDraw(i), catalog.unlinkedTagDraw(i));
    }
}
