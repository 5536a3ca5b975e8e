package dev.tether.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Reads the results of one JMH {@code -rf json} file. */
public final class JmhJsonReader {
    /** The B/op metric of {@code -prof gc}; JMH may prefix secondary metric keys with a middle dot. */
    static final String ALLOC_NORM = "gc.alloc.rate.norm";
    private static final String PROFILER_PREFIX = "\u00b7";

    private JmhJsonReader() { }

    /**
     * Reads every result of a JMH JSON file. O(size of the file).
     *
     * @param file the file; its name without {@code .json} becomes each result's run
     * @return the results, in file order
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not JMH's JSON shape
     */
    public static List<JmhResult> read(Path file) throws IOException {
        String run = file.getFileName().toString().replaceFirst("\\.json$", "");
        JsonElement root;
        try (Reader in = Files.newBufferedReader(file)) {
            root = JsonParser.parseReader(in);
        }
        if (!root.isJsonArray()) {
            throw new IllegalArgumentException("JMH JSON is not an array: file=" + file);
        }
        JsonArray entries = root.getAsJsonArray();
        List<JmhResult> results = new ArrayList<>(entries.size());
        for (JsonElement entry : entries) {
            results.add(result(run, entry.getAsJsonObject()));
        }
        return results;
    }

    private static JmhResult result(String run, JsonObject json) {
        Map<String, String> params = new TreeMap<>();
        if (json.has("params")) {
            json.getAsJsonObject("params").entrySet()
                    .forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
        }
        Score primary = score(json.getAsJsonObject("primaryMetric"));
        OptionalDouble bytesPerOp = OptionalDouble.empty();
        Map<String, Score> groupMethods = new LinkedHashMap<>();
        if (json.has("secondaryMetrics")) {
            for (Map.Entry<String, JsonElement> e : json.getAsJsonObject("secondaryMetrics").entrySet()) {
                String key = e.getKey();
                Score score = score(e.getValue().getAsJsonObject());
                if (key.equals(ALLOC_NORM) || key.equals(PROFILER_PREFIX + ALLOC_NORM)) {
                    bytesPerOp = OptionalDouble.of(score.value());
                } else if (isGroupMethod(key, score, primary)) {
                    groupMethods.put(key, score);
                }
            }
        }
        List<String> jvmArgs = new ArrayList<>();
        json.getAsJsonArray("jvmArgs").forEach(a -> jvmArgs.add(a.getAsString()));
        RunEnvironment environment = new RunEnvironment(text(json, "jvm"), text(json, "jdkVersion"),
                text(json, "vmName"), text(json, "vmVersion"), jvmArgs);
        return new JmhResult(run, BenchmarkId.parse(text(json, "benchmark")), text(json, "mode"),
                json.get("threads").getAsInt(), new TreeMap<>(params),
                primary, bytesPerOp, groupMethods, environment);
    }

    /**
     * A {@code @Group} benchmark reports each method's score as a secondary metric in the primary
     * metric's unit; profilers' metrics have their own units and may carry the prefix.
     */
    private static boolean isGroupMethod(String key, Score score, Score primary) {
        return !key.startsWith(PROFILER_PREFIX) && !key.startsWith("gc.")
                && score.unit().equals(primary.unit());
    }

    private static Score score(JsonObject metric) {
        return new Score(number(metric.get("score")), number(metric.get("scoreError")),
                metric.get("scoreUnit").getAsString());
    }

    /** JMH writes an error it could not compute as the string {@code "NaN"}. */
    private static double number(JsonElement value) {
        String text = value.getAsString();
        return "NaN".equals(text) ? Double.NaN : Double.parseDouble(text);
    }

    private static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }
}
