package dev.tether.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pools a run measured in rounds. On a noisy machine one JMH invocation runs all forks of one
 * benchmark, then all forks of the next, so a minute of noise can land on the floor and miss
 * Tether. A runner can instead repeat a short invocation covering both, writing
 * {@code RUN-r1.json}, {@code RUN-r2.json} and so on; each round then measures every impl within
 * seconds of the others. This class turns the rounds back into one run named {@code RUN}: for
 * each benchmark, params and threading, the score is the median of the rounds' scores (so one
 * round hit by a noisy neighbour moves nothing) and its error is half the interquartile range of
 * the rounds (the spread of the middle half), not JMH's confidence interval. B/op and the
 * per-method scores of a group are medians too. Results of files without a round suffix pass
 * through unchanged.
 */
public final class Rounds {
    private static final Pattern ROUND = Pattern.compile("(.+)-r(\\d+)");

    private Rounds() { }

    /** The results of one benchmark, params and threading across the rounds of one run. */
    private record Key(String run, BenchmarkId id, String mode, int threads, SortedMap<String, String> params,
                       String threading) { }

    /**
     * Pools every run's rounds. O(results log results).
     *
     * @param results results from any number of runs
     * @return one result per benchmark, params and threading of each run, in first-seen order
     */
    public static List<JmhResult> pool(List<JmhResult> results) {
        Map<Key, List<JmhResult>> groups = new LinkedHashMap<>();
        for (JmhResult r : results) {
            Matcher round = ROUND.matcher(r.run());
            String run = round.matches() ? round.group(1) : r.run();
            Key key = new Key(run, r.id(), r.mode(), r.threads(), r.params(), r.threading());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<JmhResult> pooled = new ArrayList<>(groups.size());
        groups.forEach((key, rounds) -> pooled.add(rounds.size() == 1 && rounds.get(0).run().equals(key.run())
                ? rounds.get(0) : pooled(key.run(), rounds)));
        return pooled;
    }

    private static JmhResult pooled(String run, List<JmhResult> rounds) {
        JmhResult first = rounds.get(0);
        Score score = median(rounds.stream().map(JmhResult::score).toList());
        double[] bytes = rounds.stream().map(JmhResult::bytesPerOp).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).toArray();
        OptionalDouble bytesPerOp = bytes.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(median(bytes));
        Map<String, Score> groupMethods = new LinkedHashMap<>();
        for (String method : first.groupMethods().keySet()) {
            groupMethods.put(method, median(rounds.stream()
                    .filter(r -> r.groupMethods().containsKey(method))
                    .map(r -> r.groupMethods().get(method)).toList()));
        }
        return new JmhResult(run, first.id(), first.mode(), first.threads(), first.params(), score, bytesPerOp,
                groupMethods, first.environment());
    }

    /** The median of the scores, with half their interquartile range as the error (NaN for one score). */
    static Score median(List<Score> scores) {
        double[] values = scores.stream().mapToDouble(Score::value).sorted().toArray();
        int n = values.length;
        // The quartiles are the medians of the lower and the upper half, the middle value left out.
        double error = n < 2 ? Double.NaN
                : (sortedMedian(values, (n + 1) / 2, n) - sortedMedian(values, 0, n / 2)) / 2;
        return new Score(sortedMedian(values, 0, n), error, scores.get(0).unit());
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sortedMedian(sorted, 0, sorted.length);
    }

    /** The median of {@code sorted[from, to)}, which is sorted and not empty. */
    private static double sortedMedian(double[] sorted, int from, int to) {
        int n = to - from;
        int mid = from + n / 2;
        return n % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
