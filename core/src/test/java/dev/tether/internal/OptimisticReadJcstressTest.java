package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jcstress.Main;

/**
 * Runs the jcstress test {@link OptimisticReadStress} from the build. By default in jcstress's
 * sanity mode on one JVM configuration (C2, no split compilation), about half a minute on two
 * cores; {@code -Dtether.jcstress.mode=quick} (or {@code default}, {@code tough}) runs jcstress's
 * full matrix of JVM flags for longer. jcstress forks its own JVMs and throws an
 * {@link AssertionError} when a forbidden outcome was observed.
 */
class OptimisticReadJcstressTest {
    private static final String MODE = System.getProperty("tether.jcstress.mode", "sanity");

    @Test
    void tornMapReadsNeverEscapeValidation() throws Exception {
        Path report = Path.of("target", "jcstress");
        List<String> args = new ArrayList<>(List.of("-t", OptimisticReadStress.class.getName(), "-m", MODE,
                "-r", report.toString()));
        if (MODE.equals("sanity")) {
            args.addAll(List.of("-jvmArgs", "-XX:+UseParallelGC", "-sc", "false"));
        }
        try {
            Main.main(args.toArray(String[]::new));
        } finally {
            moveRawResultsInto(report);
        }
        assertThat(Files.readString(report.resolve("index.html")))
                .as("the report lists the test, so it ran")
                .contains(OptimisticReadStress.class.getName());
    }

    @Test
    void theWriteSwitchesTheCrowdingMapsHomesUnderTheReader() {
        OptimisticReadStress stress = new OptimisticReadStress();
        assertThat(stress.crowding.fibonacci).as("before the write: low-bit homes").isFalse();
        stress.writer();
        assertThat(stress.crowding.fibonacci).as("the write's key crowds them").isTrue();
        assertThat(stress.crowding.keys.length).as("rehashed in place, not grown").isEqualTo(32);
    }

    /** jcstress writes its raw results to the working directory; they belong with the report. */
    private static void moveRawResultsInto(Path report) throws IOException {
        try (DirectoryStream<Path> raw = Files.newDirectoryStream(Path.of("."), "jcstress-results-*.bin.gz")) {
            for (Path file : raw) {
                Files.move(file, report.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
