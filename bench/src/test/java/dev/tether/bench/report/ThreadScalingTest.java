package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadScalingTest {
    @Test
    void dividesEachThroughputByTheSameSeriesAtTheFewestThreads() throws IOException {
        List<JmhResult> results = new ArrayList<>();
        for (String file : List.of("threads-2.json", "threads-1.json", "writer-1.json", "writer-2.json", "g1.json")) {
            results.addAll(JmhJsonReader.read(Fixture.file(file)));
        }

        List<ScalingRow> rows = ThreadScaling.of(FloorRatios.rate(results));

        assertThat(rows).hasSize(12).allSatisfy(r -> assertThat(r.rated().result().higherIsBetter()).isTrue());
        ScalingRow twoThreads = rows.stream()
                .filter(r -> r.rated().result().run().equals("threads-2")
                        && r.rated().result().id().impl().equals("tether")
                        && r.rated().result().params().get("size").equals("1000000"))
                .findFirst().orElseThrow();
        assertThat(twoThreads.fewestThreads()).isEqualTo(1);
        assertThat(twoThreads.toFewestThreads()).isCloseTo(3.409507870391132 / 1.314856546494164, within(1e-12));
        ScalingRow group = rows.stream()
                .filter(r -> r.rated().result().run().equals("writer-2")
                        && r.rated().result().params().get("size").equals("10000"))
                .findFirst().orElseThrow();
        assertThat(group.fewestThreads()).isEqualTo(2);
        assertThat(group.toFewestThreads()).isCloseTo(24.86379377365219 / 37.535581160270844, within(1e-12));
    }

    @Test
    void aSeriesMeasuredAtOneThreadCountOnlyHasNoRows() throws IOException {
        assertThat(ThreadScaling.of(FloorRatios.rate(JmhJsonReader.read(Fixture.file("threads-1.json")))))
                .isEmpty();
    }
}
