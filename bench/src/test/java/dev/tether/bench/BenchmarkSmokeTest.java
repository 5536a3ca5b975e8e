package dev.tether.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tether.bench.report.BenchmarkCatalog;
import dev.tether.bench.report.MemoryCsvReader;
import dev.tether.bench.report.MemoryRow;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark of the jar once on tiny data, in this JVM (no fork, no warmup, one
 * measurement of a millisecond, {@code size=1000}, {@code dependents=10}, one thread; a
 * {@code @Group} gets one thread per method), and every memory main on a tiny count. It proves
 * the benchmarks run, not how fast: it asserts no timing. Until the module holds a benchmark (no
 * {@code META-INF/BenchmarkList}) it is skipped; from then on a missing memory main fails it.
 */
class BenchmarkSmokeTest {
    private static final String BENCHMARK_LIST = "/META-INF/BenchmarkList";
    private static final String TINY_COUNT = "1000";

    /** Before any benchmark is written the module has no list; from then on nothing may be missing. */
    private static void assumeBenchmarksExist() {
        assumeTrue(BenchmarkSmokeTest.class.getResource(BENCHMARK_LIST) != null,
                "no benchmark is compiled into this module yet (" + BENCHMARK_LIST + " is absent)");
    }

    @Test
    void everyListedBenchmarkRunsOnTinyData() throws RunnerException {
        assumeBenchmarksExist();
        SortedSet<String> listed = BenchmarkCatalog.names(BenchmarkCatalog.all());
        Options options = new OptionsBuilder()
                .include(".*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(1))
                .threads(1)
                .param("size", TINY_COUNT)
                .param("dependents", "10")
                .shouldFailOnError(true)
                .shouldDoGC(false)
                .verbosity(VerboseMode.SILENT)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        SortedSet<String> ran = new TreeSet<>();
        results.forEach(r -> ran.add(r.getParams().getBenchmark()));
        assertThat(listed).isNotEmpty();
        assertThat(ran).as("benchmarks run").isNotEmpty().containsExactlyElementsOf(listed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.tether.bench.memory.PairFootprint", "dev.tether.bench.relations.LinkFootprint"})
    void everyMemoryMainWritesItsCsv(String main, @TempDir Path dir) throws ReflectiveOperationException, IOException {
        assumeBenchmarksExist();
        Class<?> type = load(main);
        assertThat(type).as("memory main missing: class=" + main).isNotNull();

        try {
            type.getMethod("main", String[].class).invoke(null, (Object) new String[] {TINY_COUNT, dir.toString()});
        } catch (InvocationTargetException e) {
            throw new AssertionError("memory main failed: class=" + main, e.getCause());
        }

        List<MemoryRow> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(f -> f.getFileName().toString().matches("memory-.+\\.csv")).toList()) {
                rows.addAll(MemoryCsvReader.read(csv));
            }
        }
        assertThat(rows).as("rows of memory-*.csv written by " + main).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.count()).isPositive();
                    assertThat(r.totalBytes()).isPositive();
                    assertThat(r.bytesPerUnit()).isPositive();
                })
                .anySatisfy(r -> assertThat(r.impl()).isEqualTo("floor"))
                .anySatisfy(r -> assertThat(r.impl()).isEqualTo("tether"));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException absent) {
            return null;
        }
    }
}
