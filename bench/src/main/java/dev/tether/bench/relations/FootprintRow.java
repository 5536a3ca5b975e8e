package dev.tether.bench.relations;

import java.util.Locale;

/**
 * One row of a {@code memory-*.csv} file (header {@link #HEADER}, see the bench conventions): the
 * bytes one implementation needs for {@code count} units of one measurement.
 *
 * @param measurement what was measured (one shape of the data)
 * @param impl the implementation ({@code floor} is the baseline the report divides by)
 * @param count how many units
 * @param totalBytes the bytes measured
 * @param unit what one unit is
 */
record FootprintRow(String measurement, String impl, long count, long totalBytes, String unit) {
    static final String HEADER = "measurement,impl,count,totalBytes,bytesPerUnit,unit";

    double bytesPerUnit() {
        return (double) totalBytes / count;
    }

    String csv() {
        return String.format(Locale.ROOT, "%s,%s,%d,%d,%.2f,%s", measurement, impl, count, totalBytes, bytesPerUnit(), unit);
    }
}
