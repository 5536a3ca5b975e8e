/**
 * The benchmark report: reads the JMH JSON results and memory CSVs that {@code bench/run} writes
 * into one directory and writes {@code REPORT.md} and {@code chart.svg} next to them.
 * {@link dev.tether.bench.report.ReportMain} is the entry point; {@link
 * dev.tether.bench.report.BenchmarkCatalog} tells the runner and the smoke test which benchmarks
 * the jar holds.
 */
package dev.tether.bench.report;
