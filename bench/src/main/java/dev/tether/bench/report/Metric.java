package dev.tether.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What a {@link TargetRule} measures, and how each measurement is taken from the report data.
 * Every metric is about Tether ({@value #TETHER} rows); {@code @Group} results (reads next to a
 * writer) are shown in the report but no target applies to them.
 */
public enum Metric {
    /** Tether's time relative to the floor of the same run (throughput: floor / Tether). */
    COST_TO_FLOOR((data, rule) -> tetherResults(data, rule).stream()
            .filter(r -> r.toFloor().isPresent())
            .map(r -> new Measurement(Labels.subject(r.result()), r.toFloor().getAsDouble()))
            .toList()),
    /**
     * Tether's allocation per operation ({@code gc.alloc.rate.norm}, B/op) above the floor's in
     * the same run. The floor's code allocates nothing, so what it measures is JMH's own
     * allocation spread over the operations (about 0.2 B/op for a 30 us operation), not
     * Tether's; a result without a floor counts whole.
     */
    BYTES_PER_OP_OVER_FLOOR(Metric::bytesPerOpOverFloor),
    /** How many times faster Tether is than H2 in the same run: H2 time / Tether time. */
    SPEEDUP_OVER_H2(Metric::speedupsOverH2),
    /** Tether's throughput at 2 threads / at 1 thread, from runs with different thread counts. */
    TWO_THREAD_SCALING((data, rule) -> ThreadScaling.of(data.results()).stream()
            .filter(s -> isTetherInScope(s.rated().result(), rule))
            .filter(s -> s.fewestThreads() == 1 && s.rated().result().threads() == 2)
            .map(s -> new Measurement(Labels.subject(s.rated().result()), s.toFewestThreads()))
            .toList()),
    /** Tether's bytes per unit / the floor row's, same memory file and measurement. */
    MEMORY_TO_FLOOR((data, rule) -> tetherMemory(data, rule).stream()
            .filter(m -> m.toFloor().isPresent())
            .map(m -> new Measurement(memorySubject(m.row()), m.toFloor().getAsDouble()))
            .toList()),
    /** Tether's bytes per unit / the hashMap row's, same memory file and measurement. */
    MEMORY_TO_HASH_MAP((data, rule) -> tetherMemory(data, rule).stream()
            .filter(m -> m.toHashMap().isPresent())
            .map(m -> new Measurement(memorySubject(m.row()), m.toHashMap().getAsDouble()))
            .toList());

    /** The impl every target is about. */
    public static final String TETHER = "tether";
    /** The impl name of the H2 baseline. */
    public static final String H2 = "h2";

    private final BiFunction<ReportData, TargetRule, List<Measurement>> measure;

    Metric(BiFunction<ReportData, TargetRule, List<Measurement>> measure) {
        this.measure = measure;
    }

    /**
     * Every measurement of this metric that a rule's scope covers.
     *
     * @param data the report data
     * @param rule the rule whose scope selects the measurements
     * @return the measurements, in data order
     */
    public List<Measurement> measure(ReportData data, TargetRule rule) {
        return measure.apply(data, rule);
    }

    /**
     * One measured value.
     *
     * @param subject which result or memory row it is
     * @param value the value
     */
    public record Measurement(String subject, double value) { }

    private static boolean isTetherInScope(JmhResult r, TargetRule rule) {
        return TETHER.equals(r.id().impl()) && r.groupMethods().isEmpty()
                && rule.appliesTo(r.id().className(), r.params().get("size"));
    }

    private static List<RatedResult> tetherResults(ReportData data, TargetRule rule) {
        return data.results().stream().filter(r -> isTetherInScope(r.result(), rule)).toList();
    }

    private static List<RatedMemoryRow> tetherMemory(ReportData data, TargetRule rule) {
        return data.memory().stream()
                .filter(m -> TETHER.equals(m.row().impl()) && rule.appliesTo(m.row().file(), null))
                .toList();
    }

    private static String memorySubject(MemoryRow row) {
        return row.file() + " " + row.measurement() + " count=" + row.count();
    }

    /** Every result of {@code impl}, by what it compares with. */
    private static Map<JmhResult.ComparisonKey, JmhResult> resultsOf(ReportData data, String impl) {
        return data.results().stream()
                .map(RatedResult::result)
                .filter(r -> impl.equals(r.id().impl()))
                .collect(Collectors.toMap(JmhResult::comparisonKey, r -> r, (a, b) -> a));
    }

    private static List<Measurement> bytesPerOpOverFloor(ReportData data, TargetRule rule) {
        Map<JmhResult.ComparisonKey, JmhResult> floor = resultsOf(data, BenchmarkId.FLOOR);
        List<Measurement> bytes = new ArrayList<>();
        for (RatedResult tether : tetherResults(data, rule)) {
            JmhResult own = tether.result();
            if (own.bytesPerOp().isPresent()) {
                JmhResult base = floor.get(own.comparisonKey());
                double baseline = base == null ? 0 : base.bytesPerOp().orElse(0);
                bytes.add(new Measurement(Labels.subject(own), own.bytesPerOp().getAsDouble() - baseline));
            }
        }
        return bytes;
    }

    private static List<Measurement> speedupsOverH2(ReportData data, TargetRule rule) {
        Map<JmhResult.ComparisonKey, JmhResult> h2 = resultsOf(data, H2);
        List<Measurement> speedups = new ArrayList<>();
        for (RatedResult tether : tetherResults(data, rule)) {
            JmhResult slow = h2.get(tether.result().comparisonKey());
            if (slow != null) {
                speedups.add(new Measurement(Labels.subject(tether.result()),
                        FloorRatios.relativeCost(slow, tether.result())));
            }
        }
        return speedups;
    }
}
