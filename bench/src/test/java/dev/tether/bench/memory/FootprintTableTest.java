package dev.tether.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootprintTableTest {
    @Test
    void writesTheBenchCsvWithOneRowPerMeasurementAndImpl(@TempDir Path directory) throws IOException {
        FootprintTable table = new FootprintTable();
        table.add("pair-total", "floor", 4, 1000, "pair");
        table.add("pair-total", "tether", 4, 1002, "pair");

        Path file = table.writeCsv(directory.resolve("out"), "pairs");

        assertThat(file.getFileName()).hasToString("memory-pairs.csv");
        assertThat(Files.readAllLines(file)).containsExactly(
                "measurement,impl,count,totalBytes,bytesPerUnit,unit",
                "pair-total,floor,4,1000,250.00,pair",
                "pair-total,tether,4,1002,250.50,pair");
    }

    @Test
    void printsEachRowsRatioToTheFloorOfItsMeasurement() {
        FootprintTable table = new FootprintTable();
        table.add("pair-total", "floor", 10, 800, "pair");
        table.add("pair-total", "hashMap", 10, 2000, "pair");
        table.add("pair-overhead", "hashMap", 10, 1000, "pair");

        String[] lines = table.toText().split("\n");

        assertThat(lines[2]).contains("hashMap").endsWith("2.50");
        assertThat(lines[3]).contains("pair-overhead").endsWith("-");
    }

    @Test
    void refusesACountThatCannotDivide() {
        FootprintTable table = new FootprintTable();
        assertThatThrownBy(() -> table.add("pair-total", "floor", 0, 1, "pair"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count=0");
    }
}
