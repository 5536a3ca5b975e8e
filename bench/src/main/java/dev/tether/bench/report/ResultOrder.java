package dev.tether.bench.report;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;

/** The order the report lists results in: class, operation, params (numerically), threads, run, impl. */
final class ResultOrder {
    static final Comparator<JmhResult> RESULTS = Comparator
            .comparing((JmhResult r) -> r.id().className())
            .thenComparing(r -> r.id().operation())
            .thenComparing(JmhResult::params, ResultOrder::compareParams)
            .thenComparingInt(JmhResult::threads)
            .thenComparing(JmhResult::run)
            .thenComparing(r -> r.id().impl(), ImplOrder.COMPARATOR);

    private ResultOrder() { }

    /** Compares param maps key by key, numbers as numbers: size=10000 before size=1000000. */
    static int compareParams(SortedMap<String, String> a, SortedMap<String, String> b) {
        Iterator<Map.Entry<String, String>> i = a.entrySet().iterator();
        Iterator<Map.Entry<String, String>> j = b.entrySet().iterator();
        while (i.hasNext() && j.hasNext()) {
            Map.Entry<String, String> x = i.next();
            Map.Entry<String, String> y = j.next();
            int c = x.getKey().compareTo(y.getKey());
            if (c == 0) {
                c = compareValues(x.getValue(), y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    }

    private static int compareValues(String x, String y) {
        try {
            return Long.compare(Long.parseLong(x), Long.parseLong(y));
        } catch (NumberFormatException notBothNumbers) {
            return x.compareTo(y);
        }
    }
}
