package dev.tether.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the runner recorded about the machine and the run in {@value #FILE} ({@code key=value}
 * lines: {@code date}, {@code cpu}, {@code cores}, {@code memory}, {@code os}, {@code profile},
 * {@code commit}). The CPU model matters: the same code has measured 1.16x and 1.27x the floor on
 * two hosts of the same VM type.
 *
 * @param facts the recorded facts, in the report's order
 */
public record Machine(Map<String, String> facts) {
    /** The file the runner writes into the report directory. */
    public static final String FILE = "machine.properties";
    private static final String[] KEYS = {"date", "profile", "commit", "cpu", "cores", "memory", "os"};

    /** Copies the facts, keeping their order. */
    public Machine {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /**
     * Reads {@value #FILE} from a report directory; a missing file or key reads as {@code unknown}.
     *
     * @param dir the report directory
     * @return the facts, one per known key
     * @throws IOException if the file exists but cannot be read
     */
    public static Machine read(Path dir) throws IOException {
        Properties recorded = new Properties();
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                recorded.load(in);
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (String key : KEYS) {
            facts.put(key, recorded.getProperty(key, "unknown"));
        }
        return new Machine(facts);
    }

    /**
     * One recorded fact.
     *
     * @param key e.g. {@code cores}
     * @return its value, or {@code unknown}
     */
    public String get(String key) {
        return facts.getOrDefault(key, "unknown");
    }
}
