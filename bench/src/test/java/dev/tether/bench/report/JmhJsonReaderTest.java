package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhJsonReaderTest {
    @Test
    void readsEveryResultWithItsScoreParamsAllocationAndJvm() throws IOException {
        List<JmhResult> results = JmhJsonReader.read(Fixture.file("g1.json"));

        assertThat(results).hasSize(18);
        JmhResult h2 = results.get(3);
        assertThat(h2.run()).isEqualTo("g1");
        assertThat(h2.id()).isEqualTo(new BenchmarkId("LookupReadBenchmark", "getById", "h2"));
        assertThat(h2.mode()).isEqualTo("avgt");
        assertThat(h2.threads()).isEqualTo(1);
        assertThat(h2.params()).containsExactly(java.util.Map.entry("size", "1000000"));
        assertThat(h2.score().value()).isEqualTo(20846.564293304058);
        assertThat(h2.score().error()).isNaN();
        assertThat(h2.score().unit()).isEqualTo("ns/op");
        assertThat(h2.bytesPerOp().getAsDouble()).isCloseTo(2569.355, within(0.001));
        assertThat(h2.groupMethods()).isEmpty();
        assertThat(h2.environment().jdkVersion()).isEqualTo("17.0.15");
        assertThat(h2.environment().vmName()).isEqualTo("OpenJDK 64-Bit Server VM");
        assertThat(h2.environment().gc()).isEqualTo("G1");
    }

    @Test
    void readsAnErrorWhenJmhComputedOne() throws IOException {
        JmhResult cascade = JmhJsonReader.read(Fixture.file("g1.json")).get(15);

        assertThat(cascade.id().operation()).isEqualTo("deleteUser");
        assertThat(cascade.score().error()).isEqualTo(70.0);
        assertThat(cascade.params()).containsOnlyKeys("dependents", "size");
    }

    @Test
    void readsTheAllocationUnderAMiddleDotKeyAndTheGcFromTheJvmArgs() throws IOException {
        JmhResult tether = JmhJsonReader.read(Fixture.file("parallel.json")).get(4);

        assertThat(tether.id().impl()).isEqualTo("tether");
        assertThat(tether.bytesPerOp().getAsDouble()).isCloseTo(24.0005, within(0.0001));
        assertThat(tether.environment().gc()).isEqualTo("Parallel");
    }

    @Test
    void readsAGroupsMethodsAndTotalThreads() throws IOException {
        JmhResult group = JmhJsonReader.read(Fixture.file("writer-2.json")).get(0);

        assertThat(group.id()).isEqualTo(new BenchmarkId("ConcurrentReadBenchmark", "readWithWriter", "tether"));
        assertThat(group.higherIsBetter()).isTrue();
        assertThat(group.threads()).isEqualTo(3);
        assertThat(group.threading()).isEqualTo("group t=3");
        assertThat(group.groupMethods()).containsOnlyKeys("reader", "writer");
        assertThat(group.groupMethods().get("reader").value()).isCloseTo(10.988, within(0.001));
    }
}
