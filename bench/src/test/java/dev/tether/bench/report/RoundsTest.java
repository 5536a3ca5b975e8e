package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RoundsTest {
    private static final RunEnvironment JVM = new RunEnvironment("java", "17", "vm", "17", List.of());

    private static JmhResult result(String run, String method, double score, double bytes) {
        return new JmhResult(run, BenchmarkId.parse("dev.tether.bench.lookup.LookupReadBenchmark." + method),
                "avgt", 1, new TreeMap<>(Map.of("size", "10000")), new Score(score, 0.5, "ns/op"),
                OptionalDouble.of(bytes), Map.of(), JVM);
    }

    @Test
    void roundsOfARunBecomeOneResultWithTheMedianAndHalfTheInterquartileRange() {
        List<JmhResult> results = new ArrayList<>();
        double[] tether = {20, 18, 40, 19, 21};
        double[] floor = {16, 15, 30, 16, 17};
        for (int round = 0; round < tether.length; round++) {
            results.add(result("g1-r" + (round + 1), "getById_floor", floor[round], 0));
            results.add(result("g1-r" + (round + 1), "getById_tether", tether[round], round));
        }
        results.add(result("parallel", "getById_tether", 99, 0));

        List<JmhResult> pooled = Rounds.pool(results);

        assertThat(pooled).extracting(JmhResult::run).containsExactly("g1", "g1", "parallel");
        JmhResult t = pooled.get(1);
        assertThat(t.id().impl()).isEqualTo("tether");
        // Sorted 18 19 20 21 40: the median is 20; the quartiles are 18.5 and 30.5.
        assertThat(t.score().value()).isEqualTo(20);
        assertThat(t.score().error()).isCloseTo(6, within(1e-12));
        assertThat(t.score().unit()).isEqualTo("ns/op");
        assertThat(t.bytesPerOp().getAsDouble()).isEqualTo(2);
        assertThat(pooled.get(0).score().value()).isEqualTo(16);
        assertThat(pooled.get(2)).isSameAs(results.get(results.size() - 1));
        // The outlier round (40 against 30) moves the ratio of medians nowhere near 40 / 30.
        assertThat(FloorRatios.rate(pooled).get(1).toFloor().getAsDouble()).isCloseTo(20.0 / 16, within(1e-12));
    }

    @Test
    void aSingleRoundIsRenamedAndHasNoSpread() {
        List<JmhResult> pooled = Rounds.pool(List.of(result("threads-1-r1", "getById_tether", 7, 0)));
        assertThat(pooled).singleElement().satisfies(r -> {
            assertThat(r.run()).isEqualTo("threads-1");
            assertThat(r.score().value()).isEqualTo(7);
            assertThat(r.score().error()).isNaN();
        });
    }

    @Test
    void mediansOfEvenCountsAreTheMeanOfTheMiddleTwo() {
        assertThat(Rounds.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        Score s = Rounds.median(List.of(new Score(1, 0, "x"), new Score(2, 0, "x"), new Score(3, 0, "x"),
                new Score(10, 0, "x")));
        assertThat(s.value()).isEqualTo(2.5);
        assertThat(s.error()).isEqualTo((6.5 - 1.5) / 2);
    }
}
