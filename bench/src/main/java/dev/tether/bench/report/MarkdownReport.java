package dev.tether.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Writes {@code REPORT.md}: machine, targets, chart, one table per class, GC and thread comparisons, memory. */
public final class MarkdownReport {
    private static final String WRITE_SUFFIX = "WriteBenchmark";

    private MarkdownReport() { }

    /**
     * The report's Markdown. O(results log results + rules x data).
     *
     * @param data the report data
     * @param checks the target checks of {@code data}
     * @param chartFile the chart's file name, relative to the report
     * @return the Markdown text
     */
    public static String render(ReportData data, List<Targets.Check> checks, String chartFile) {
        List<RatedResult> sorted = new ArrayList<>(data.results());
        sorted.sort(Comparator.comparing(RatedResult::result, ResultOrder.RESULTS));
        StringBuilder out = new StringBuilder("# Tether benchmark report\n\n");
        machine(out, data);
        targets(out, checks);
        out.append("## Cost relative to the floor\n\n![cost relative to the floor per benchmark](")
                .append(chartFile).append(")\n\n");
        classes(out, sorted);
        gcComparison(out, sorted);
        threadScaling(out, sorted);
        memory(out, data.memory());
        return out.toString();
    }

    private static void machine(StringBuilder out, ReportData data) {
        Machine m = data.machine();
        out.append("Date: ").append(m.get("date")).append(". Profile: ").append(m.get("profile"))
                .append(". Commit: ").append(m.get("commit")).append(".\n\n")
                .append("Machine: ").append(m.get("cpu")).append(", ").append(m.get("cores")).append(" cores, ")
                .append(m.get("memory"))
                .append(" memory, ").append(m.get("os")).append(".\n\n");
        Map<String, JmhResult> runs = new TreeMap<>();
        data.results().forEach(r -> runs.putIfAbsent(r.result().run(), r.result()));
        MarkdownTable table = new MarkdownTable("run", "GC", "JVM", "JDK", "VM", "JVM args");
        runs.forEach((run, r) -> {
            RunEnvironment e = r.environment();
            table.row(run, e.gc(), e.jvm(), e.jdkVersion(), e.vmName() + " " + e.vmVersion(),
                    String.join(" ", e.jvmArgs()));
        });
        out.append(table.render()).append('\n');
    }

    private static void targets(StringBuilder out, List<Targets.Check> checks) {
        long passed = checks.stream().filter(Targets.Check::pass).count();
        out.append("## Targets\n\n").append(passed).append(" PASS, ").append(checks.size() - passed)
                .append(" MISS.\n\n");
        MarkdownTable table = new MarkdownTable("target", "measured", "value", "bound", "result");
        for (Targets.Check c : checks) {
            TargetRule rule = c.rule();
            table.row(rule.target(), c.measurement().subject(), Labels.number(c.measurement().value()),
                    rule.bound().symbol() + " " + Labels.number(rule.limit()), c.pass() ? "PASS" : "**MISS**");
        }
        Set<TargetRule> measured = new LinkedHashSet<>();
        checks.forEach(c -> measured.add(c.rule()));
        Targets.RULES.stream().filter(r -> !measured.contains(r)).forEach(r -> table.row(r.target(),
                "nothing in this report", "-", r.bound().symbol() + " " + Labels.number(r.limit()), "not measured"));
        out.append(table.render()).append('\n');
    }

    private static void classes(StringBuilder out, List<RatedResult> sorted) {
        Map<String, MarkdownTable> tables = new LinkedHashMap<>();
        for (RatedResult rated : sorted) {
            JmhResult r = rated.result();
            tables.computeIfAbsent(r.id().className(), c -> new MarkdownTable(
                    "operation", "params", "run", "impl", "score", "unit", "B/op", "x floor"))
                    .row(r.id().operation(), Labels.paramsAndThreading(r), r.run(), implCell(r),
                            Labels.score(r.score()), r.score().unit(),
                            r.bytesPerOp().isPresent() ? Labels.number(r.bytesPerOp().getAsDouble()) : "-",
                            Labels.ratio(rated.toFloor()));
        }
        tables.forEach((name, table) -> out.append("## ").append(name).append("\n\n")
                .append(table.render()).append('\n'));
    }

    /** The impl, and for a group benchmark each method's own score. */
    private static String implCell(JmhResult r) {
        if (r.groupMethods().isEmpty()) {
            return r.id().impl();
        }
        StringJoiner methods = new StringJoiner(", ", r.id().impl() + " (", ")");
        r.groupMethods().forEach((method, score) -> methods.add(method + " " + Labels.number(score.value())));
        return methods.toString();
    }

    private static void gcComparison(StringBuilder out, List<RatedResult> sorted) {
        List<String> gcs = new ArrayList<>();
        Map<List<String>, Map<String, RatedResult>> rows = new LinkedHashMap<>();
        for (RatedResult rated : sorted) {
            JmhResult r = rated.result();
            if (r.id().className().endsWith(WRITE_SUFFIX)) {
                String gc = r.environment().gc();
                if (!gcs.contains(gc)) {
                    gcs.add(gc);
                }
                rows.computeIfAbsent(List.of(r.id().className() + "." + r.id().operation(),
                        Labels.paramsAndThreading(r), r.id().impl()), k -> new LinkedHashMap<>()).put(gc, rated);
            }
        }
        if (gcs.size() < 2) {
            return;
        }
        List<String> header = new ArrayList<>(List.of("benchmark", "params", "impl"));
        gcs.forEach(gc -> header.addAll(List.of(gc + " ns/op", gc + " x floor")));
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        rows.forEach((firstCells, byGc) -> {
            List<String> cells = new ArrayList<>(firstCells);
            for (String gc : gcs) {
                RatedResult rated = byGc.get(gc);
                cells.add(rated == null ? "-" : Labels.score(rated.result().score()));
                cells.add(rated == null ? "-" : Labels.ratio(rated.toFloor()));
            }
            table.row(cells.toArray(String[]::new));
        });
        out.append("## Writes under each garbage collector\n\n").append(table.render()).append('\n');
    }

    private static void threadScaling(StringBuilder out, List<RatedResult> sorted) {
        List<ScalingRow> scaling = ThreadScaling.of(sorted);
        if (scaling.isEmpty()) {
            return;
        }
        MarkdownTable table = new MarkdownTable("benchmark", "params", "threads", "impl", "ops/us",
                "x fewest threads", "x floor");
        for (ScalingRow s : scaling) {
            JmhResult r = s.rated().result();
            table.row(r.id().className() + "." + r.id().operation(), Labels.params(r.params()),
                    r.threading(), implCell(r), Labels.score(r.score()),
                    Labels.ratio(s.toFewestThreads()), Labels.ratio(s.rated().toFloor()));
        }
        out.append("## Thread scaling\n\nThroughput at each thread count / at the fewest threads. ")
                .append("For a group (reads next to a writer) the threads are all of its methods'.\n\n")
                .append(table.render()).append('\n');
    }

    private static void memory(StringBuilder out, List<RatedMemoryRow> memory) {
        if (memory.isEmpty()) {
            return;
        }
        MarkdownTable table = new MarkdownTable("file", "measurement", "impl", "count", "total bytes",
                "bytes per unit", "x floor", "x hashMap");
        for (RatedMemoryRow m : memory) {
            MemoryRow r = m.row();
            table.row(r.file(), r.measurement(), r.impl(), Long.toString(r.count()),
                    Long.toString(r.totalBytes()), Labels.number(r.bytesPerUnit()) + " per " + r.unit(),
                    Labels.ratio(m.toFloor()), Labels.ratio(m.toHashMap()));
        }
        out.append("## Memory\n\n").append(table.render()).append('\n');
    }
}
