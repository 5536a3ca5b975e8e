package dev.tether.bench.report;

import java.util.Comparator;
import java.util.List;

/** The order impls are listed and coloured in: floor, tether, hashMap, h2, then any other by name. */
final class ImplOrder {
    static final List<String> KNOWN = List.of(BenchmarkId.FLOOR, Metric.TETHER,
            RatedMemoryRow.HASH_MAP, Metric.H2);
    static final Comparator<String> COMPARATOR = Comparator
            .comparingInt(ImplOrder::rank).thenComparing(Comparator.naturalOrder());

    private ImplOrder() { }

    private static int rank(String impl) {
        int i = KNOWN.indexOf(impl);
        return i < 0 ? KNOWN.size() : i;
    }
}
