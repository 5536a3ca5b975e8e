package dev.tether.bench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code chart.svg}: one horizontal bar per non-floor impl of each benchmark and params,
 * its length the cost relative to the floor on a log scale, growing right of the floor line when
 * slower and left when faster (its value then stands right of the line); one colour per impl, a section per class. For each class only the
 * first run (by name, e.g. {@code g1} before {@code parallel}, {@code threads-1} before
 * {@code threads-2}) is drawn, and {@code @Group} results are left out: the tables have the rest.
 */
public final class RatioChart {
    /** Where the row labels end when they are short: the plot then starts at 345. */
    private static final int MIN_LABEL_RIGHT = 330;
    /** The left margin of the row labels. */
    private static final int LABEL_LEFT = 20;
    /** A generous width of one character of an 11px label (DejaVu Sans averages about 6.2). */
    private static final double LABEL_CHAR = 6.8;
    private static final int LABEL_TO_PLOT = 15;
    private static final int PLOT_WIDTH = 555;
    /** Room right of the plot for a bar's value. */
    private static final int RIGHT_MARGIN = 80;
    private static final int BAR = 12;
    private static final int BAR_GAP = 3;
    private static final int GROUP_GAP = 10;
    private static final int SECTION = 26;
    private static final int TOP = 70;
    private static final List<String> COLOURS = List.of("#2b6cb0", "#dd6b20", "#718096", "#2f855a",
            "#b83280", "#6b46c1");

    private RatioChart() { }

    /**
     * The chart's SVG text. O(results log results).
     *
     * @param results rated results of any runs
     * @return the SVG document; a short message in place of bars when no result has a floor
     */
    public static String svg(List<RatedResult> results) {
        Map<String, Map<String, List<RatedResult>>> sections = sections(results);
        List<String> impls = impls(sections);
        double smallest = Double.MAX_VALUE;
        double largest = Double.MIN_VALUE;
        int height = TOP;
        for (Map<String, List<RatedResult>> groups : sections.values()) {
            height += SECTION;
            for (List<RatedResult> bars : groups.values()) {
                height += bars.size() * (BAR + BAR_GAP) + GROUP_GAP;
                for (RatedResult bar : bars) {
                    smallest = Math.min(smallest, bar.toFloor().getAsDouble());
                    largest = Math.max(largest, bar.toFloor().getAsDouble());
                }
            }
        }
        height += 40;
        int labelRight = labelRight(sections.values().stream().flatMap(groups -> groups.keySet().stream()).toList());
        int plotLeft = labelRight + LABEL_TO_PLOT;
        SvgWriter svg = new SvgWriter(plotLeft + PLOT_WIDTH + RIGHT_MARGIN, height);
        svg.text(20, 26, "Cost relative to the floor, same run (log scale; 1 = floor, right = slower)",
                "start", "title");
        legend(svg, impls, plotLeft);
        if (sections.isEmpty()) {
            svg.text(20, TOP + 20, "No result has a floor measured in the same run.", "start", "label");
            return svg.finish();
        }
        LogAxis axis = LogAxis.covering(smallest, largest, plotLeft, plotLeft + PLOT_WIDTH);
        grid(svg, axis, TOP - 6, height - 30);
        int y = TOP;
        for (Map.Entry<String, Map<String, List<RatedResult>>> section : sections.entrySet()) {
            svg.text(20, y + 17, section.getKey(), "start", "section");
            y += SECTION;
            for (Map.Entry<String, List<RatedResult>> group : section.getValue().entrySet()) {
                List<RatedResult> bars = group.getValue();
                int groupHeight = bars.size() * (BAR + BAR_GAP) - BAR_GAP;
                svg.text(labelRight, y + groupHeight / 2.0 + 4, group.getKey(), "end", "label");
                for (RatedResult bar : bars) {
                    bar(svg, axis, y, bar, COLOURS.get(impls.indexOf(bar.result().id().impl()) % COLOURS.size()));
                    y += BAR + BAR_GAP;
                }
                y += GROUP_GAP - BAR_GAP;
            }
        }
        svg.line(axis.x(1), TOP - 6, axis.x(1), height - 30, "floor");
        return svg.finish();
    }

    /**
     * Where the right-aligned row labels end: far enough right that the longest starts inside the
     * chart, and at least {@link #MIN_LABEL_RIGHT}. O(labels).
     */
    static int labelRight(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        return Math.max(MIN_LABEL_RIGHT, LABEL_LEFT + (int) Math.ceil(LABEL_CHAR * longest));
    }

    /** Class name to group label to bars, each class from its first run only. */
    private static Map<String, Map<String, List<RatedResult>>> sections(List<RatedResult> results) {
        List<RatedResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(RatedResult::result, ResultOrder.RESULTS));
        Map<String, String> firstRun = new LinkedHashMap<>();
        sorted.forEach(r -> firstRun.merge(r.result().id().className(), r.result().run(),
                (a, b) -> a.compareTo(b) <= 0 ? a : b));
        Map<String, Map<String, List<RatedResult>>> sections = new LinkedHashMap<>();
        for (RatedResult rated : sorted) {
            JmhResult r = rated.result();
            if (rated.toFloor().isPresent() && !r.id().isFloor() && r.groupMethods().isEmpty()
                    && r.run().equals(firstRun.get(r.id().className()))) {
                String params = Labels.paramsAndThreading(r);
                sections.computeIfAbsent(r.id().className() + " [" + r.run() + "]", k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.id().operation() + (params.isEmpty() ? "" : "  " + params),
                                k -> new ArrayList<>())
                        .add(rated);
            }
        }
        return sections;
    }

    private static List<String> impls(Map<String, Map<String, List<RatedResult>>> sections) {
        TreeSet<String> impls = new TreeSet<>(ImplOrder.COMPARATOR);
        sections.values().forEach(groups -> groups.values().forEach(
                bars -> bars.forEach(b -> impls.add(b.result().id().impl()))));
        return new ArrayList<>(impls);
    }

    private static void legend(SvgWriter svg, List<String> impls, int plotLeft) {
        double x = plotLeft;
        for (int i = 0; i < impls.size(); i++) {
            svg.rect(x, 38, 12, 12, COLOURS.get(i % COLOURS.size()));
            svg.text(x + 17, 48, impls.get(i), "start", "label");
            x += 30 + 8 * impls.get(i).length();
        }
        svg.line(x + 4, 36, x + 4, 52, "floor");
        svg.text(x + 10, 48, "floor (1x)", "start", "label");
    }

    private static void grid(SvgWriter svg, LogAxis axis, double top, double bottom) {
        for (double tick : axis.ticks()) {
            double x = axis.x(tick);
            svg.line(x, top, x, bottom, "grid");
            svg.text(x, bottom + 14, tickLabel(tick), "middle", "tick");
        }
    }

    /** {@code 0.5x}, {@code 1x}, {@code 20x}: a tick's value without trailing zeros. */
    static String tickLabel(double tick) {
        return new BigDecimal(tick).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "x";
    }

    private static void bar(SvgWriter svg, LogAxis axis, double y, RatedResult bar, String colour) {
        double ratio = bar.toFloor().getAsDouble();
        double floorX = axis.x(1);
        double endX = axis.x(ratio);
        svg.rect(Math.min(floorX, endX), y, Math.max(1, Math.abs(endX - floorX)), BAR, colour);
        // A faster bar grows left towards the row labels, so its value stands right of the floor line.
        svg.text(Math.max(floorX, endX) + 4, y + BAR - 2,
                Labels.ratio(ratio) + " " + bar.result().id().impl(), "start", "value");
    }
}
