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
 * The state of the many-to-one benchmarks: the parameters, the {@link ArtistCatalog} and the one
 * world the running method measures (the others stay null, so a trial loads only what it needs).
 * {@code size} is the number of artists and {@code dependents} the albums per artist, capped as
 * {@link Shape} says (100 artists at 10,000 albums each).
 */
@State(Scope.Benchmark)
public abstract class ArtistWorlds {
    @Param({"10000", "1000000"})
    public int size;

    @Param({"1", "10", "10000"})
    public int dependents;

    ArtistCatalog catalog;
    TetherArtists tether;
    FloorArtists floor;
    H2Artists h2;

    @Setup(Level.Trial)
    public void load(BenchmarkParams params) throws SQLException {
        catalog = new ArtistCatalog(Shape.capped(size, dependents));
        switch (Implementation.of(params)) {
            case Implementation.TETHER -> tether = new TetherArtists(catalog);
            case Implementation.FLOOR -> floor = new FloorArtists(catalog);
            default -> h2 = new H2Artists(catalog);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        if (h2 != null) {
            h2.close();
        }
    }
}
