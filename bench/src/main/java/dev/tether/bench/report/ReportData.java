package dev.tether.bench.report;

import java.util.List;

/**
 * Everything one report is written from.
 *
 * @param results every JMH result of the report directory, rated against its floor
 * @param memory every memory CSV row, rated against its baselines
 * @param machine what the runner recorded about the machine
 */
public record ReportData(List<RatedResult> results, List<RatedMemoryRow> memory, Machine machine) {
    /** Copies the lists. */
    public ReportData {
        results = List.copyOf(results);
        memory = List.copyOf(memory);
    }
}
