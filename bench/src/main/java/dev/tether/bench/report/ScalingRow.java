package dev.tether.bench.report;

/**
 * A throughput result in a series that differs only in its thread count.
 *
 * @param rated the result
 * @param fewestThreads the smallest thread count of its series
 * @param toFewestThreads its throughput / the throughput at {@code fewestThreads}
 */
public record ScalingRow(RatedResult rated, int fewestThreads, double toFewestThreads) { }
