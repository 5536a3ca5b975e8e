package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryCsvReaderTest {
    @Test
    void readsEveryRowNamedAfterItsFile() throws IOException {
        List<MemoryRow> rows = MemoryCsvReader.read(Fixture.file("memory-links.csv"));

        assertThat(rows).containsExactly(
                new MemoryRow("memory-links", "links", "floor", 1_000_000, 33_554_448, 33.554448, "link"),
                new MemoryRow("memory-links", "links", "tether", 1_000_000, 75_497_488, 75.497488, "link"),
                new MemoryRow("memory-links", "links", "hashMap", 1_000_000, 96_000_000, 96.0, "link"));
    }

    @Test
    void refusesAnotherHeaderAndShortRows(@TempDir Path dir) throws IOException {
        Path wrongHeader = Files.writeString(dir.resolve("memory-a.csv"), "impl,bytes\ntether,1\n");
        Path shortRow = Files.writeString(dir.resolve("memory-b.csv"),
                MemoryCsvReader.HEADER + "\npairs,tether,10,100\n");

        assertThatThrownBy(() -> MemoryCsvReader.read(wrongHeader))
                .hasMessageContaining("header");
        assertThatThrownBy(() -> MemoryCsvReader.read(shortRow))
                .hasMessageContaining("line=2").hasMessageContaining("columns=4");
    }
}
