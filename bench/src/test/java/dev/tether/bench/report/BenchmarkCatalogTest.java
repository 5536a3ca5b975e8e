package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/** Against a real {@code META-INF/BenchmarkList} of throwaway benchmarks, kept as a test resource. */
class BenchmarkCatalogTest {
    private static SortedSet<BenchmarkListEntry> entries(UnaryOperator<String> edit)
            throws IOException, URISyntaxException {
        SortedSet<BenchmarkListEntry> entries = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of(
                BenchmarkCatalogTest.class.getResource("benchmark-list.txt").toURI()))) {
            entries.add(new BenchmarkListEntry(edit.apply(line)));
        }
        return entries;
    }

    @Test
    void namesEveryMethodAndGroupOnce() throws Exception {
        assertThat(BenchmarkCatalog.names(entries(l -> l))).hasSize(10)
                .contains("dev.tether.bench.concurrent.ConcurrentReadBenchmark.readWithWriter_tether",
                        "dev.tether.bench.lookup.LookupReadBenchmark.getById_h2");
    }

    @Test
    void separatesAClasssOrdinaryBenchmarksFromItsGroups() throws Exception {
        SortedSet<BenchmarkListEntry> entries = entries(l -> l);

        String methods = BenchmarkCatalog.regex(entries, "ConcurrentReadBenchmark", false).orElseThrow();
        String groups = BenchmarkCatalog.regex(entries, "ConcurrentReadBenchmark", true).orElseThrow();

        String base = "dev.tether.bench.concurrent.ConcurrentReadBenchmark.";
        assertThat(base + "getById_floor").containsPattern(methods);
        assertThat(base + "getById_tether").containsPattern(methods);
        assertThat(base + "readWithWriter_tether").doesNotContainPattern(methods).containsPattern(groups);
        assertThat(base + "getById_tetherX").doesNotContainPattern(methods);
        assertThat(BenchmarkCatalog.regex(entries, "LookupReadBenchmark", true)).isEmpty();
    }

    @Test
    void givesTheReadersThreadsWhereverJmhOrdersTheWriter() throws Exception {
        // JMH lists (and applies -tg to) a group's methods by name: "writer" before "zread".
        assertThat(BenchmarkCatalog.readerThreadGroups(entries(l -> l), "ConcurrentReadBenchmark", 2))
                .containsOnlyKeys("1,2");
        assertThat(BenchmarkCatalog.readerThreadGroups(entries(l -> l.replace("6 writer 5 zread", "6 reader 6 writer")),
                "ConcurrentReadBenchmark", 2)).containsOnlyKeys("2,1");
    }

    @Test
    void refusesAGroupWithoutAWriter() {
        assertThatThrownBy(() -> BenchmarkCatalog.readerThreadGroups(
                entries(l -> l.replace("6 writer", "6 reader")), "ConcurrentReadBenchmark", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("benchmark=dev.tether.bench.concurrent.ConcurrentReadBenchmark.readWithWriter_tether");
    }
}
