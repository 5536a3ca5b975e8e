package dev.tether.bench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Rates each result against the floor of its own run, class, operation, params and threading. */
public final class FloorRatios {
    private FloorRatios() { }

    /**
     * Rates every result. O(results).
     *
     * @param results results from any number of runs
     * @return the same results, in the same order, each with its cost relative to its floor
     */
    public static List<RatedResult> rate(List<JmhResult> results) {
        Map<JmhResult.ComparisonKey, JmhResult> floors = new HashMap<>();
        for (JmhResult r : results) {
            if (r.id().isFloor()) {
                floors.put(r.comparisonKey(), r);
            }
        }
        List<RatedResult> rated = new ArrayList<>(results.size());
        for (JmhResult r : results) {
            JmhResult floor = floors.get(r.comparisonKey());
            rated.add(new RatedResult(r, floor == null ? OptionalDouble.empty()
                    : OptionalDouble.of(relativeCost(r, floor))));
        }
        return rated;
    }

    /**
     * How many times {@code base}'s cost {@code r} costs, in either mode.
     *
     * @param r the result
     * @param base what it is compared with, of the same mode
     * @return 1.0 for equal cost; above 1 when {@code r} is slower
     */
    static double relativeCost(JmhResult r, JmhResult base) {
        double a = r.score().value();
        double b = base.score().value();
        return r.higherIsBetter() ? b / a : a / b;
    }
}
