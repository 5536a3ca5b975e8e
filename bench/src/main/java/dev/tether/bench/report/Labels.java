package dev.tether.bench.report;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/** How the report writes params, numbers and benchmark names. */
final class Labels {
    private Labels() { }

    /** {@code size=10000, dependents=10}; empty for no params. */
    static String params(Map<String, String> params) {
        StringJoiner joined = new StringJoiner(", ");
        params.forEach((k, v) -> joined.add(k + "=" + v));
        return joined.toString();
    }

    /** The params and, for a multi-threaded or group result, its threading. */
    static String paramsAndThreading(JmhResult r) {
        String params = params(r.params());
        if (r.threads() == 1 && r.groupMethods().isEmpty()) {
            return params;
        }
        return params.isEmpty() ? r.threading() : params + ", " + r.threading();
    }

    /** {@code LookupReadBenchmark.getById_tether size=10000 [g1]}: which result a check is about. */
    static String subject(JmhResult r) {
        String params = paramsAndThreading(r);
        return r.id().className() + "." + r.id().operation() + "_" + r.id().impl()
                + (params.isEmpty() ? "" : " " + params) + " [" + r.run() + "]";
    }

    /** A number with three significant digits at most, never in exponent notation. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "?";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** A score with its error: {@code 12.3 ± 0.4}. */
    static String score(Score score) {
        return number(score.value()) + " ± " + number(score.error());
    }

    /** A ratio such as {@code 1.07x}, or a dash when there is none. */
    static String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? ratio(ratio.getAsDouble()) : "-";
    }

    /** A ratio such as {@code 1.07x}. */
    static String ratio(double ratio) {
        return number(ratio) + "x";
    }
}
