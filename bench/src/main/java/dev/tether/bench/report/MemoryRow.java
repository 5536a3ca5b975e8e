package dev.tether.bench.report;

/**
 * One row of a {@code memory-<name>.csv} file written by a footprint main.
 *
 * @param file the file's name without {@code .csv}, e.g. {@code memory-links}
 * @param measurement what was measured, e.g. {@code pairs}
 * @param impl the implementation, e.g. {@code tether} or {@code floor}
 * @param count how many units were stored
 * @param totalBytes the bytes measured
 * @param bytesPerUnit {@code totalBytes / count}
 * @param unit what one unit is, e.g. {@code pair} or {@code link}
 */
public record MemoryRow(String file, String measurement, String impl, long count, long totalBytes,
                        double bytesPerUnit, String unit) { }
