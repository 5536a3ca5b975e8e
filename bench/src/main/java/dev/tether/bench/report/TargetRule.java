package dev.tether.bench.report;

import java.util.regex.Pattern;

/**
 * One performance target of the benchmark issue, as data: which measurements it applies to and
 * the bound they must keep. {@link Targets#RULES} holds them all.
 *
 * @param target the target in words, as the report prints it
 * @param metric what is measured
 * @param scope a regular expression the benchmark's simple class name (or, for memory metrics,
 *     the CSV file's name) must match whole
 * @param size the {@code size} param the target is for, or {@link #ANY_SIZE}
 * @param bound whether the value must stay at most or at least {@code limit}
 * @param limit the limit
 */
public record TargetRule(String target, Metric metric, Pattern scope, String size, Bound bound,
                         double limit) {
    /** {@link #size} of a rule for every size. */
    public static final String ANY_SIZE = "*";

    /** Which side of the limit passes. */
    public enum Bound {
        /** The value must be at most the limit. */
        AT_MOST("<="),
        /** The value must be at least the limit. */
        AT_LEAST(">=");

        private final String symbol;

        Bound(String symbol) {
            this.symbol = symbol;
        }

        /**
         * The comparison symbol.
         *
         * @return {@code <=} or {@code >=}
         */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * Whether a measured value keeps this rule's bound.
     *
     * @param value the value
     * @return true when it passes; NaN never passes
     */
    public boolean passes(double value) {
        return bound == Bound.AT_MOST ? value <= limit : value >= limit;
    }

    /**
     * Whether a benchmark class or memory file is in this rule's scope.
     *
     * @param name the simple class name or memory file name
     * @param sizeParam the {@code size} param, or null when there is none
     * @return true when the rule applies
     */
    public boolean appliesTo(String name, String sizeParam) {
        return scope.matcher(name).matches() && (ANY_SIZE.equals(size) || size.equals(sizeParam));
    }
}
