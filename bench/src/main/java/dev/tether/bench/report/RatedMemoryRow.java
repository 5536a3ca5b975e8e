package dev.tether.bench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A memory row with its size relative to the {@code floor} and {@code hashMap} rows of the same
 * file and measurement.
 *
 * @param row the row
 * @param toFloor bytes per unit / the floor's; empty without a floor row
 * @param toHashMap bytes per unit / the hashMap's; empty without a hashMap row
 */
public record RatedMemoryRow(MemoryRow row, OptionalDouble toFloor, OptionalDouble toHashMap) {
    /** The impl name of the boxed {@code java.util.HashMap} baseline. */
    public static final String HASH_MAP = "hashMap";

    /**
     * Rates every row against the baselines of its own file and measurement. O(rows).
     *
     * @param rows rows of any number of files
     * @return the same rows, in the same order, rated
     */
    public static List<RatedMemoryRow> rate(List<MemoryRow> rows) {
        Map<String, MemoryRow> baselines = new HashMap<>();
        for (MemoryRow r : rows) {
            baselines.put(key(r.file(), r.measurement(), r.impl()), r);
        }
        List<RatedMemoryRow> rated = new ArrayList<>(rows.size());
        for (MemoryRow r : rows) {
            rated.add(new RatedMemoryRow(r,
                    ratio(r, baselines.get(key(r.file(), r.measurement(), BenchmarkId.FLOOR))),
                    ratio(r, baselines.get(key(r.file(), r.measurement(), HASH_MAP)))));
        }
        return rated;
    }

    private static String key(String file, String measurement, String impl) {
        return file + '\n' + measurement + '\n' + impl;
    }

    private static OptionalDouble ratio(MemoryRow r, MemoryRow base) {
        return base == null ? OptionalDouble.empty()
                : OptionalDouble.of(r.bytesPerUnit() / base.bytesPerUnit());
    }
}
