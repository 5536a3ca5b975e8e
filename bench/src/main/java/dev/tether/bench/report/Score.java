package dev.tether.bench.report;

/**
 * One JMH metric: its score, the half-width of its 99.9% confidence interval and its unit.
 *
 * @param value the score
 * @param error the error; {@code NaN} when JMH had too few iterations to compute one
 * @param unit e.g. {@code ns/op}, {@code ops/us}, {@code B/op}
 */
public record Score(double value, double error, String unit) { }
