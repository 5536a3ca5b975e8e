package dev.tether.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Thread scaling: throughput results of the same class, operation, impl and params measured at
 * several thread counts (in any runs), each divided by the one with the fewest threads.
 */
public final class ThreadScaling {
    private ThreadScaling() { }

    /**
     * The scaling rows of every series with more than one thread count. O(results log results).
     *
     * @param results rated results of any runs; those not in throughput mode are ignored
     * @return the rows, series by series in first-seen order, by thread count within a series
     */
    public static List<ScalingRow> of(List<RatedResult> results) {
        Map<SeriesKey, List<RatedResult>> series = new LinkedHashMap<>();
        for (RatedResult rated : results) {
            JmhResult r = rated.result();
            if (r.higherIsBetter()) {
                series.computeIfAbsent(new SeriesKey(r.id(), r.params(), !r.groupMethods().isEmpty()),
                        k -> new ArrayList<>()).add(rated);
            }
        }
        List<ScalingRow> rows = new ArrayList<>();
        for (List<RatedResult> members : series.values()) {
            members.sort(Comparator.comparingInt(m -> m.result().threads()));
            JmhResult fewest = members.get(0).result();
            if (members.get(members.size() - 1).result().threads() > fewest.threads()) {
                for (RatedResult m : members) {
                    rows.add(new ScalingRow(m, fewest.threads(),
                            m.result().score().value() / fewest.score().value()));
                }
            }
        }
        return rows;
    }

    private record SeriesKey(BenchmarkId id, SortedMap<String, String> params, boolean group) { }
}
