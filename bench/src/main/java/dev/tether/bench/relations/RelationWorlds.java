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
 * The state every relation benchmark shares: the parameters, and a trial that generates the
 * catalog and loads only the world the running method measures ({@link Implementation}), so the
 * other worlds stay null and cost no setup. {@code size} is the number of dependent rows (albums,
 * or links) and {@code dependents} the dependents per target, so there are
 * {@code size / dependents} targets (see {@link Shape}).
 */
@State(Scope.Benchmark)
public abstract class RelationWorlds {
    @Param({"10000", "1000000"})
    public int size;

    @Param({"1", "10", "10000"})
    public int dependents;

    private AutoCloseable h2World;

    @Setup(Level.Trial)
    public void load(BenchmarkParams params) throws SQLException {
        generate(Shape.of(size, dependents));
        switch (Implementation.of(params)) {
            case Implementation.TETHER -> loadTether();
            case Implementation.FLOOR -> loadFloor();
            default -> h2World = loadH2();
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        if (h2World != null) {
            h2World.close();
        }
    }

    /** Generates the rows and draws of {@code shape}. */
    abstract void generate(Shape shape);

    abstract void loadTether();

    abstract void loadFloor();

    /** Loads the H2 world and returns it, to be closed after the trial. */
    abstract AutoCloseable loadH2() throws SQLException;
}
