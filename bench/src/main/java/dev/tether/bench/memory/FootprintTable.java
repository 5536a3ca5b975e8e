package dev.tether.bench.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of one memory measurement main: collects {@code (measurement, impl, count,
 * totalBytes, unit)} rows, prints them as a table and writes them as the bench CSV
 * ({@code measurement,impl,count,totalBytes,bytesPerUnit,unit}, one row per measurement and
 * implementation; the report divides each row by the {@code floor} row of its measurement).
 */
public final class FootprintTable {
    /** The CSV header every {@code memory-<name>.csv} starts with. */
    public static final String HEADER = "measurement,impl,count,totalBytes,bytesPerUnit,unit";

    private final List<Row> rows = new ArrayList<>();

    /**
     * One measured row.
     *
     * @param measurement what was measured, e.g. {@code pair-total}
     * @param impl the implementation: {@code tether}, {@code floor}, {@code hashMap}, {@code h2}
     * @param count how many units were stored
     * @param totalBytes the bytes they took
     * @param unit the unit counted, e.g. {@code pair}
     */
    public record Row(String measurement, String impl, long count, long totalBytes, String unit) {
        /** @return {@code totalBytes / count} */
        public double bytesPerUnit() {
            return (double) totalBytes / count;
        }
    }

    /**
     * Adds a row.
     *
     * @param measurement what was measured
     * @param impl the implementation
     * @param count how many units, positive
     * @param totalBytes the bytes they took
     * @param unit the unit counted
     * @throws IllegalArgumentException if {@code count} is not positive
     */
    public void add(String measurement, String impl, long count, long totalBytes, String unit) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive: measurement=" + measurement + " impl=" + impl
                    + " count=" + count);
        }
        rows.add(new Row(measurement, impl, count, totalBytes, unit));
    }

    /** @return the rows added so far, in order */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * Writes the CSV to {@code directory/memory-<name>.csv}, creating the directory.
     *
     * @param directory the output directory
     * @param name the measurement main's name, e.g. {@code pairs}
     * @return the file written
     * @throws UncheckedIOException if writing fails
     */
    public Path writeCsv(Path directory, String name) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Row row : rows) {
            lines.add(String.join(",", row.measurement(), row.impl(), Long.toString(row.count()),
                    Long.toString(row.totalBytes()), String.format(Locale.ROOT, "%.2f", row.bytesPerUnit()), row.unit()));
        }
        Path file = directory.resolve("memory-" + name + ".csv");
        try {
            Files.createDirectories(directory);
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write footprint csv: file=" + file, e);
        }
        return file;
    }

    /** @return the rows as an aligned text table, with each row's ratio to its measurement's floor */
    public String toText() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-16s %-8s %10s %14s %12s %8s%n",
                "measurement", "impl", "count", "totalBytes", "B/unit", "x floor"));
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "%-16s %-8s %10d %14d %12.2f %8s%n", row.measurement(), row.impl(),
                    row.count(), row.totalBytes(), row.bytesPerUnit(), ratioToFloor(row)));
        }
        return text.toString();
    }

    private String ratioToFloor(Row row) {
        for (Row floor : rows) {
            if (floor.measurement().equals(row.measurement()) && floor.impl().equals("floor")
                    && floor.totalBytes() > 0) {
                return String.format(Locale.ROOT, "%.2f", row.bytesPerUnit() / floor.bytesPerUnit());
            }
        }
        return "-";
    }
}
