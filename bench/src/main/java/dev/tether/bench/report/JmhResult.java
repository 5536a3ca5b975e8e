package dev.tether.bench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One benchmark result of one JMH run (one entry of a {@code -rf json} file).
 *
 * @param run the run it belongs to: the result file's name without {@code .json}
 * @param id the benchmark's class, operation and impl
 * @param mode JMH's mode label, {@code avgt} or {@code thrpt}
 * @param threads the number of worker threads (for a group: of all its methods together)
 * @param params the {@code @Param} values, e.g. {@code size=10000}
 * @param score the primary metric (for a group: all its threads together)
 * @param bytesPerOp {@code gc.alloc.rate.norm} when the run used {@code -prof gc}
 * @param groupMethods the per-method scores of a {@code @Group} benchmark, by method name
 * @param environment the JVM it ran on
 */
public record JmhResult(String run, BenchmarkId id, String mode, int threads,
                        SortedMap<String, String> params,
                        Score score, OptionalDouble bytesPerOp, Map<String, Score> groupMethods,
                        RunEnvironment environment) {
    /** JMH's label for {@code Mode.Throughput}. */
    public static final String THROUGHPUT = "thrpt";

    /** Copies the collections, keeping their order. */
    public JmhResult {
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
        groupMethods = Collections.unmodifiableMap(new LinkedHashMap<>(groupMethods));
    }

    /**
     * Whether a higher score is better (throughput) rather than worse (time per operation).
     *
     * @return the mode is throughput
     */
    public boolean higherIsBetter() {
        return THROUGHPUT.equals(mode);
    }

    /**
     * How this result was threaded: {@code t=2}, or {@code group t=3} for a {@code @Group}
     * benchmark (JMH's JSON has the total thread count only, not its split among the methods).
     *
     * @return the label
     */
    public String threading() {
        return (groupMethods.isEmpty() ? "t=" : "group t=") + threads;
    }

    /**
     * The results compared with each other in one run: same run, class, operation, params and
     * threading; only the impl differs.
     *
     * @return the key
     */
    public ComparisonKey comparisonKey() {
        return new ComparisonKey(run, id.className(), id.operation(), params, threading());
    }

    /**
     * The key of one run's comparison group.
     *
     * @param run the run
     * @param className the class
     * @param operation the operation
     * @param params the params
     * @param threading the threading label
     */
    public record ComparisonKey(String run, String className, String operation,
                                SortedMap<String, String> params, String threading) { }
}
