package dev.tether.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A logarithmic axis from {@code min} to {@code max} drawn between pixels {@code left} and
 * {@code right}, with ticks at 1, 2 and 5 times the powers of ten.
 *
 * @param min the smallest value shown, a tick
 * @param max the largest value shown, a tick
 * @param left the pixel of {@code min}
 * @param right the pixel of {@code max}
 */
record LogAxis(double min, double max, double left, double right) {
    private static final double[] STEPS = {1, 2, 5};

    /**
     * An axis whose ends are the ticks just outside the values (and around 1, the floor).
     *
     * @param smallest the smallest value to show, positive
     * @param largest the largest value to show, positive
     */
    static LogAxis covering(double smallest, double largest, double left, double right) {
        return new LogAxis(tickAtOrBelow(Math.min(smallest, 1) * 0.95),
                tickAtOrAbove(Math.max(largest, 1) * 1.05), left, right);
    }

    /** The pixel of a value; values outside the axis are clamped to its ends. */
    double x(double value) {
        double clamped = Math.max(min, Math.min(max, value));
        return left + (right - left) * Math.log(clamped / min) / Math.log(max / min);
    }

    /** Every tick from {@code min} to {@code max}, ascending. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double decade = Math.pow(10, Math.floor(Math.log10(min))); decade <= max; decade *= 10) {
            for (double step : STEPS) {
                double tick = decade * step;
                if (tick >= min * 0.999 && tick <= max * 1.001) {
                    ticks.add(tick);
                }
            }
        }
        return ticks;
    }

    static double tickAtOrBelow(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        double tick = decade;
        for (double step : STEPS) {
            if (decade * step <= value) {
                tick = decade * step;
            }
        }
        return tick;
    }

    static double tickAtOrAbove(double value) {
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : STEPS) {
            if (decade * step >= value) {
                return decade * step;
            }
        }
        return decade * 10;
    }
}
