package dev.tether.bench.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairFootprintTest {
    @Test
    void writesATotalAndAnOverheadRowForEveryInHeapImplementationAndLeavesH2OutWhenSmall(@TempDir Path directory) throws IOException {
        PairFootprint.main(new String[] {"500", directory.toString()});

        List<String> lines = Files.readAllLines(directory.resolve("memory-pairs.csv"));
        assertThat(lines.get(0)).isEqualTo(FootprintTable.HEADER);
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[0] + "/" + line.split(",")[1])
                .containsExactly("pair-total/tether", "pair-overhead/tether", "pair-total/floor",
                        "pair-overhead/floor", "pair-total/hashMap", "pair-overhead/hashMap");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(Long.parseLong(line.split(",")[3])).as(line).isPositive();
        }
    }
}
