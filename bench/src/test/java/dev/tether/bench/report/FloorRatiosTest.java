package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FloorRatiosTest {
    private static List<RatedResult> rated(String... files) throws IOException {
        List<JmhResult> results = new ArrayList<>();
        for (String file : files) {
            results.addAll(JmhJsonReader.read(Fixture.file(file)));
        }
        return FloorRatios.rate(results);
    }

    private static OptionalDouble ratio(List<RatedResult> rated, String run, String method, String size) {
        return rated.stream()
                .filter(r -> r.result().run().equals(run)
                        && (r.result().id().operation() + "_" + r.result().id().impl()).equals(method)
                        && r.result().params().get("size").equals(size))
                .findFirst().orElseThrow().toFloor();
    }

    @Test
    void timeIsDividedByTheFloorsTimeOfTheSameRunAndParams() throws IOException {
        List<RatedResult> rated = rated("g1.json", "parallel.json");

        assertThat(ratio(rated, "g1", "getById_tether", "10000").getAsDouble())
                .isCloseTo(19.249642376411913 / 14.878945777592286, within(1e-12));
        assertThat(ratio(rated, "g1", "getById_h2", "1000000").getAsDouble())
                .isCloseTo(20846.564293304058 / 190.9528299593207, within(1e-9));
        assertThat(ratio(rated, "parallel", "insert_tether", "1000000").getAsDouble())
                .isCloseTo(182.78103628269213 / 147.9342066871189, within(1e-12));
        assertThat(ratio(rated, "g1", "insert_floor", "10000").getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void throughputIsTheFloorsThroughputDividedByTheImpls() throws IOException {
        List<RatedResult> rated = rated("threads-1.json", "threads-2.json");

        assertThat(ratio(rated, "threads-1", "getById_tether", "10000").getAsDouble())
                .isCloseTo(57.17951180181218 / 32.05061009508076, within(1e-12));
        assertThat(ratio(rated, "threads-2", "getById_tether", "1000000").getAsDouble())
                .isCloseTo(1.6812083822587713 / 3.409507870391132, within(1e-12));
    }

    @Test
    void aResultWithoutAFloorInItsRunHasNoRatio() throws IOException {
        assertThat(rated("writer-1.json")).allSatisfy(r -> assertThat(r.toFloor()).isEmpty());
    }

    @Test
    void memoryRowsAreDividedByTheFloorAndHashMapRowsOfTheirMeasurement() throws IOException {
        List<RatedMemoryRow> rated = RatedMemoryRow.rate(MemoryCsvReader.read(Fixture.file("memory-pairs.csv")));

        RatedMemoryRow tether = rated.get(1);
        assertThat(tether.row().impl()).isEqualTo("tether");
        assertThat(tether.toFloor().getAsDouble()).isCloseTo(126.0 / 120.0, within(1e-12));
        assertThat(tether.toHashMap().getAsDouble()).isCloseTo(126.0 / 280.0, within(1e-12));
    }
}
