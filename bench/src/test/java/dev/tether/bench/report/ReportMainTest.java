package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMainTest {
    private static String reportOfTheFixture(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(Fixture.dir())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        ReportMain.main(new String[] {dir.toString()});
        return Files.readString(dir.resolve(ReportMain.REPORT));
    }

    @Test
    void writesTheMachineEveryRunsJvmAndTheChart(@TempDir Path dir) throws IOException {
        String report = reportOfTheFixture(dir);

        assertThat(report).contains("Date: 2026-12-01T20:31:00Z. Profile: quick. Commit: 1dbcd8a.",
                "Machine: AMD EPYC, 2 cores, 23 GiB memory, Linux 6.1.0 x86_64.",
                "| parallel | Parallel | /usr/lib/jvm/java-17-openjdk-amd64/bin/java | 17.0.15 "
                        + "| OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1 | -XX:+UseParallelGC |",
                "![cost relative to the floor per benchmark](chart.svg)");
        assertThat(Files.readString(dir.resolve(ReportMain.CHART))).startsWith("<svg");
    }

    @Test
    void listsEveryResultInATablePerClass(@TempDir Path dir) throws IOException {
        String report = reportOfTheFixture(dir);

        assertThat(report).contains("## LookupReadBenchmark", "## InsertWriteBenchmark",
                "## CascadeWriteBenchmark", "## ConcurrentReadBenchmark",
                "| getById | size=10000 | g1 | tether | 19.2 ± ? | ns/op | 0.001 | 1.29x |",
                "| deleteUser | dependents=10, size=10000 | g1 | tether | 1400 ± 70.0 | ns/op | 24.0 | 1.40x |",
                "| readWithWriter | size=10000, group t=3 | writer-2 | tether (reader 11.0, writer 13.9) "
                        + "| 24.9 ± ? | ops/us | 0.001 | - |");
        assertThat(report.indexOf("| getById | size=10000 | g1 | floor"))
                .isLessThan(report.indexOf("| getById | size=10000 | g1 | tether"))
                .isLessThan(report.indexOf("| getById | size=1000000 | g1 | floor"));
    }

    @Test
    void comparesCollectorsThreadsAndMemoryAndChecksTargets(@TempDir Path dir) throws IOException {
        String report = reportOfTheFixture(dir);

        assertThat(report).contains(
                "| benchmark | params | impl | G1 ns/op | G1 x floor | Parallel ns/op | Parallel x floor |",
                "| InsertWriteBenchmark.insert | size=1000000 | tether | 1161 ± ? | 1.93x | 183 ± ? | 1.24x |",
                "| CascadeWriteBenchmark.deleteUser | dependents=10, size=10000 | tether | 1400 ± 70.0 | 1.40x | - | - |",
                "| ConcurrentReadBenchmark.getById | size=1000000 | t=2 | tether | 3.41 ± ? | 2.59x | 0.493x |",
                "| memory-links | links | tether | 1000000 | 75497488 | 75.5 per link | 2.25x | 0.786x |",
                "| Tether bytes per link at most 2x LongLongHashMap (floor) | memory-links links count=1000000 "
                        + "| 2.25 | <= 2.00 | **MISS** |",
                "14 PASS, 7 MISS.");
    }

    @Test
    void refusesADirectoryWithoutResults(@TempDir Path dir) {
        assertThatThrownBy(() -> ReportMain.main(new String[] {dir.toString()}))
                .hasMessageContaining("dir=" + dir);
    }
}
