package dev.tether.bench.relations;

import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The state of the many-to-many benchmarks: the parameters, the {@link TagCatalog} and the one
 * world the running method measures (the others stay null). {@code size} is the number of tags
 * and {@code dependents} the albums per tag, capped as {@link Shape} says; each album has about
 * {@value TagCatalog#TAGS_PER_ALBUM} tags.
 */
@State(Scope.Benchmark)
public abstract class TagWorlds {
    @Param({"10000", "1000000"})
    public int size;

    @Param({"1", "10", "10000"})
    public int dependents;

    TagCatalog catalog;
    TetherTags tether;
    FloorTags floor;
    H2Tags h2;

    @Setup(Level.Trial)
    public void load(BenchmarkParams params) throws SQLException {
        catalog = new TagCatalog(Shape.capped(size, dependents));
        switch (Implementation.of(params)) {
            case Implementation.TETHER -> tether = new TetherTags(catalog);
            case Implementation.FLOOR -> floor = new FloorTags(catalog);
            default -> h2 = new H2Tags(catalog);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        if (h2 != null) {
            h2.close();
        }
    }
}
