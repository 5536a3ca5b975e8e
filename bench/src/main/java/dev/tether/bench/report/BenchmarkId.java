package dev.tether.bench.report;

/**
 * What a JMH benchmark name says under the bench convention {@code <package>.<Class>.<operation>_<impl>}.
 *
 * @param className the simple class name, e.g. {@code LookupReadBenchmark}
 * @param operation the method name before the last underscore, e.g. {@code getById}
 * @param impl the method name after the last underscore, e.g. {@code tether}
 */
public record BenchmarkId(String className, String operation, String impl) {
    /** The impl every ratio is taken against. */
    public static final String FLOOR = "floor";

    /**
     * Parses a fully qualified JMH benchmark name (a method, or a {@code @Group} name).
     *
     * @param benchmark e.g. {@code dev.tether.bench.lookup.LookupReadBenchmark.getById_tether}
     * @return its parts
     * @throws IllegalArgumentException if the name is not {@code Class.operation_impl}
     */
    public static BenchmarkId parse(String benchmark) {
        int methodDot = benchmark.lastIndexOf('.');
        int classDot = benchmark.lastIndexOf('.', methodDot - 1);
        String method = benchmark.substring(methodDot + 1);
        int underscore = method.lastIndexOf('_');
        if (methodDot < 0 || underscore <= 0 || underscore == method.length() - 1) {
            throw new IllegalArgumentException(
                    "benchmark name is not Class.operation_impl: benchmark=" + benchmark);
        }
        return new BenchmarkId(benchmark.substring(classDot + 1, methodDot),
                method.substring(0, underscore), method.substring(underscore + 1));
    }

    /**
     * Whether this benchmark is the floor the others are compared with.
     *
     * @return {@code impl} is {@value #FLOOR}
     */
    public boolean isFloor() {
        return FLOOR.equals(impl);
    }
}
