package dev.tether.bench.relations;

import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Which implementation a benchmark method measures, read from its name's suffix
 * ({@code sourceCount_h2} measures {@code h2}), so that a trial loads only that world.
 */
final class Implementation {
    static final String TETHER = "tether";
    static final String FLOOR = "floor";
    static final String H2 = "h2";

    private Implementation() { }

    /** The suffix after the last underscore of the running benchmark method's name. */
    static String of(BenchmarkParams params) {
        String method = params.getBenchmark();
        String impl = method.substring(method.lastIndexOf('_') + 1);
        if (!impl.equals(TETHER) && !impl.equals(FLOOR) && !impl.equals(H2)) {
            throw new IllegalArgumentException("benchmark method names end in _tether, _floor or _h2: benchmark="
                    + method);
        }
        return impl;
    }
}
