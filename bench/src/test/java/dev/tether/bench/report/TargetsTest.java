package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TargetsTest {
    private static List<Targets.Check> checks;

    @BeforeAll
    static void checkTheFixture() throws IOException {
        checks = Targets.check(ReportMain.load(Fixture.dir()), Targets.RULES);
    }

    private static List<Targets.Check> of(String target) {
        return checks.stream().filter(c -> c.rule().target().equals(target)).toList();
    }

    private static Targets.Check of(String target, String subject) {
        return of(target).stream().filter(c -> c.measurement().subject().equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no check: " + target + " / " + subject));
    }

    @Test
    void lookupsAreTetherRowsOfReadBenchmarksAtEverySize() {
        assertThat(of("Tether lookups within 1.2x floor")).extracting(c -> c.measurement().subject())
                .containsExactly("LookupReadBenchmark.getById_tether size=10000 [g1]",
                        "LookupReadBenchmark.getById_tether size=1000000 [g1]");
        Targets.Check small = of("Tether lookups within 1.2x floor", "LookupReadBenchmark.getById_tether size=10000 [g1]");
        assertThat(small.measurement().value()).isCloseTo(1.2938, within(1e-4));
        assertThat(small.pass()).isFalse();
        assertThat(of("Tether lookups within 1.2x floor", "LookupReadBenchmark.getById_tether size=1000000 [g1]")
                .pass()).isTrue();
    }

    @Test
    void lookupsAllocateAlmostNothingBeyondTheFloor() {
        String target = "Tether lookups allocate nothing (B/op above the floor's)";
        assertThat(of(target)).hasSize(2).allMatch(Targets.Check::pass);
        assertThat(of(target, "LookupReadBenchmark.getById_tether size=10000 [g1]").measurement().value())
                .as("Tether's B/op less the floor's, both from g1.json")
                .isCloseTo(0.0009971971090145036 - 0.0008323595944325247, within(1e-15));
    }

    @Test
    void insertIsCheckedUnderEachCollector() {
        List<Targets.Check> insert = of("Tether insert within 1.5x floor");
        assertThat(insert).hasSize(4);
        assertThat(insert).filteredOn(c -> !c.pass()).extracting(c -> c.measurement().subject())
                .containsExactly("InsertWriteBenchmark.insert_tether size=1000000 [g1]");
    }

    @Test
    void cascadeUsesTheHandMadeCascadeRows() {
        Targets.Check small = of("Tether cascade within 1.5x floor",
                "CascadeWriteBenchmark.deleteUser_tether dependents=10, size=10000 [g1]");
        Targets.Check large = of("Tether cascade within 1.5x floor",
                "CascadeWriteBenchmark.deleteUser_tether dependents=10, size=1000000 [g1]");
        assertThat(small.measurement().value()).isCloseTo(1.4, within(1e-12));
        assertThat(small.pass()).isTrue();
        assertThat(large.measurement().value()).isCloseTo(1.6, within(1e-12));
        assertThat(large.pass()).isFalse();
    }

    @Test
    void h2SpeedupIsTakenPerSize() {
        List<Targets.Check> at10k = of("Tether at least 100x faster than H2 at 10K");
        assertThat(at10k).singleElement().satisfies(c -> {
            assertThat(c.measurement().value()).isCloseTo(70206.61292989802 / 19.249642376411913, within(1e-9));
            assertThat(c.pass()).isTrue();
        });
        assertThat(of("Tether at least 30x faster than H2 at 1M")).singleElement()
                .satisfies(c -> assertThat(c.measurement().value())
                        .isCloseTo(20846.564293304058 / 189.14956429797834, within(1e-9)));
    }

    @Test
    void concurrentReadsWithoutAWriterAndTheirScaling() {
        assertThat(of("Tether reads with no writer within 1.2x floor")).hasSize(4);
        List<Targets.Check> scaling = of("Tether reads on 2 threads at least 1.8x one thread");
        assertThat(scaling).extracting(Targets.Check::pass).containsExactly(false, true);
        assertThat(scaling.get(0).measurement().value())
                .isCloseTo(30.186860814206117 / 32.05061009508076, within(1e-12));
    }

    @Test
    void memoryRulesReadTheirOwnFiles() {
        assertThat(of("Tether memory per pair within 1.1x floor")).singleElement()
                .satisfies(c -> assertThat(c.measurement().value()).isCloseTo(1.05, within(1e-12)))
                .satisfies(c -> assertThat(c.pass()).isTrue());
        assertThat(of("Tether memory per pair under half of hashMap")).singleElement()
                .satisfies(c -> assertThat(c.measurement().value()).isCloseTo(0.45, within(1e-12)));
        assertThat(of("Tether bytes per link at most 2x LongLongHashMap (floor)")).singleElement()
                .satisfies(c -> assertThat(c.measurement().value()).isCloseTo(2.25, within(1e-6)))
                .satisfies(c -> assertThat(c.pass()).isFalse());
    }

    @Test
    void aRuleChecksItsBoundAndItsScope() {
        TargetRule rule = new TargetRule("t", Metric.COST_TO_FLOOR, Pattern.compile("Lookup\\w*"), "10000",
                TargetRule.Bound.AT_LEAST, 2.0);

        assertThat(rule.passes(2.0)).isTrue();
        assertThat(rule.passes(1.99)).isFalse();
        assertThat(rule.passes(Double.NaN)).isFalse();
        assertThat(rule.appliesTo("LookupReadBenchmark", "10000")).isTrue();
        assertThat(rule.appliesTo("LookupReadBenchmark", "1000000")).isFalse();
        assertThat(rule.appliesTo("ReverseLookupReadBenchmark", "10000")).isFalse();
    }
}
