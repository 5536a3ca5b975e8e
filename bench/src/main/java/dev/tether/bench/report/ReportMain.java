package dev.tether.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes {@value #REPORT} and {@value #CHART} into a report directory from every {@code *.json}
 * (JMH results) and {@code memory-*.csv} (footprints) in it, and {@link Machine#FILE}.
 */
public final class ReportMain {
    /** The Markdown report's file name. */
    public static final String REPORT = "REPORT.md";
    /** The chart's file name. */
    public static final String CHART = "chart.svg";

    private ReportMain() { }

    /**
     * Writes the report.
     *
     * @param args {@code {reportDirectory}}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ReportMain <reportDirectory>: args=" + args.length);
        }
        Path dir = Path.of(args[0]);
        ReportData data = load(dir);
        if (data.results().isEmpty() && data.memory().isEmpty()) {
            throw new IllegalStateException("no *.json or memory-*.csv results in the report directory: dir=" + dir);
        }
        write(dir, data);
        System.out.println("Report: " + dir.resolve(REPORT).toAbsolutePath());
    }

    /**
     * Reads every result file of a report directory, pooling runs measured in rounds
     * ({@link Rounds}). O(total size of the files).
     *
     * @param dir the report directory
     * @return the rated data
     * @throws IOException if a file cannot be read
     */
    public static ReportData load(Path dir) throws IOException {
        List<JmhResult> results = new ArrayList<>();
        for (Path json : files(dir, "*.json")) {
            results.addAll(JmhJsonReader.read(json));
        }
        List<MemoryRow> memory = new ArrayList<>();
        for (Path csv : files(dir, "memory-*.csv")) {
            memory.addAll(MemoryCsvReader.read(csv));
        }
        return new ReportData(FloorRatios.rate(Rounds.pool(results)), RatedMemoryRow.rate(memory), Machine.read(dir));
    }

    /**
     * Writes {@value #REPORT} and {@value #CHART} into {@code dir}.
     *
     * @param dir the report directory
     * @param data its data
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, ReportData data) throws IOException {
        List<Targets.Check> checks = Targets.check(data, Targets.RULES);
        Files.writeString(dir.resolve(REPORT), MarkdownReport.render(data, checks, CHART));
        Files.writeString(dir.resolve(CHART), RatioChart.svg(data.results()));
    }

    private static List<Path> files(Path dir, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(dir)) {
            listed.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }
}
