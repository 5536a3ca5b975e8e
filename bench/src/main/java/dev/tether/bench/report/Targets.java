package dev.tether.bench.report;

import static dev.tether.bench.report.TargetRule.ANY_SIZE;
import static dev.tether.bench.report.TargetRule.Bound.AT_LEAST;
import static dev.tether.bench.report.TargetRule.Bound.AT_MOST;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The benchmark issue's performance targets, in one table, and their evaluation. */
public final class Targets {
    private static final Pattern LOOKUPS = Pattern.compile("(?!Concurrent)\\w*ReadBenchmark");
    private static final Pattern ANY_CLASS = Pattern.compile("\\w+");
    private static final Pattern CONCURRENT = Pattern.compile("ConcurrentReadBenchmark");
    private static final Pattern PAIRS = Pattern.compile("memory-pairs?");
    private static final Pattern LINKS = Pattern.compile("memory-links?");

    /**
     * Every target. A zero allocation is checked as at most 0.1 B/op above the floor's: JMH's GC
     * profiler reports about 0.01 B/op for a short operation that allocates nothing, and about
     * 0.2 B/op for a 30 us one.
     */
    public static final List<TargetRule> RULES = List.of(
            new TargetRule("Tether lookups within 1.2x floor", Metric.COST_TO_FLOOR, LOOKUPS,
                    ANY_SIZE, AT_MOST, 1.2),
            new TargetRule("Tether lookups allocate nothing (B/op above the floor's)",
                    Metric.BYTES_PER_OP_OVER_FLOOR, LOOKUPS, ANY_SIZE, AT_MOST, 0.1),
            new TargetRule("Tether insert within 1.5x floor", Metric.COST_TO_FLOOR,
                    Pattern.compile("InsertWriteBenchmark"), ANY_SIZE, AT_MOST, 1.5),
            new TargetRule("Tether cascade within 1.5x floor", Metric.COST_TO_FLOOR,
                    Pattern.compile("Cascade\\w*WriteBenchmark"), ANY_SIZE, AT_MOST, 1.5),
            new TargetRule("Tether at least 100x faster than H2 at 10K", Metric.SPEEDUP_OVER_H2,
                    ANY_CLASS, "10000", AT_LEAST, 100),
            new TargetRule("Tether at least 30x faster than H2 at 1M", Metric.SPEEDUP_OVER_H2,
                    ANY_CLASS, "1000000", AT_LEAST, 30),
            new TargetRule("Tether reads with no writer within 1.2x floor", Metric.COST_TO_FLOOR,
                    CONCURRENT, ANY_SIZE, AT_MOST, 1.2),
            new TargetRule("Tether reads on 2 threads at least 1.8x one thread",
                    Metric.TWO_THREAD_SCALING, CONCURRENT, ANY_SIZE, AT_LEAST, 1.8),
            new TargetRule("Tether memory per pair within 1.1x floor", Metric.MEMORY_TO_FLOOR,
                    PAIRS, ANY_SIZE, AT_MOST, 1.1),
            new TargetRule("Tether memory per pair under half of hashMap", Metric.MEMORY_TO_HASH_MAP,
                    PAIRS, ANY_SIZE, AT_MOST, 0.5),
            new TargetRule("Tether bytes per link at most 2x LongLongHashMap (floor)",
                    Metric.MEMORY_TO_FLOOR, LINKS, ANY_SIZE, AT_MOST, 2.0));

    private Targets() { }

    /**
     * One rule checked against one measurement.
     *
     * @param rule the rule
     * @param measurement what was measured
     * @param pass whether it keeps the rule's bound
     */
    public record Check(TargetRule rule, Metric.Measurement measurement, boolean pass) { }

    /**
     * Checks every rule against every measurement in its scope. O(rules x data).
     *
     * @param data the report data
     * @param rules the rules, normally {@link #RULES}
     * @return the checks, rule by rule; a rule with nothing to measure has none
     */
    public static List<Check> check(ReportData data, List<TargetRule> rules) {
        List<Check> checks = new ArrayList<>();
        for (TargetRule rule : rules) {
            for (Metric.Measurement m : rule.metric().measure(data, rule)) {
                checks.add(new Check(rule, m, rule.passes(m.value())));
            }
        }
        return checks;
    }
}
