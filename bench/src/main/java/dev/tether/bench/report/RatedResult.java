package dev.tether.bench.report;

import java.util.OptionalDouble;

/**
 * A JMH result with its cost relative to the floor measured in the same run.
 *
 * @param result the result
 * @param toFloor how many times the floor's cost this impl costs: time / floor time, or floor
 *     throughput / throughput, so that 1.0 is the floor and higher is slower in both modes; empty
 *     when the run has no floor for it
 */
public record RatedResult(JmhResult result, OptionalDouble toFloor) { }
