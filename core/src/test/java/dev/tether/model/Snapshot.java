package dev.tether.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything observable about a store's state, read either through the store's public API
 * ({@link StoreReader}) or from the {@link Model}: the rows, each table's next auto id, the
 * forward target of every source row, and the reverse sides (key relations, both directions of
 * many-to-many) at every probed id. Empty reverse sets are left out, so two snapshots taken with
 * different probe ids still compare.
 *
 * @param rows table name to id to row
 * @param nextIds table name to the id {@code insert(factory)} would hand out next
 * @param forward key relation name to source id to target id ({@code Ids.NONE} for none)
 * @param reverse key relation name to target id to source ids
 * @param rights many-to-many name to left id to right ids
 * @param lefts many-to-many name to right id to left ids
 */
public record Snapshot(Map<String, Map<Long, Row>> rows, Map<String, Long> nextIds,
                       Map<String, Map<Long, Long>> forward, Map<String, Map<Long, Set<Long>>> reverse,
                       Map<String, Map<Long, Set<Long>>> rights, Map<String, Map<Long, Set<Long>>> lefts) {
    /** An empty snapshot to fill (hash maps: {@link #diff} sorts what it reports). */
    static Snapshot empty() {
        return new Snapshot(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>());
    }

    /** Records a non-empty reverse set under {@code name} and {@code id}. */
    static void putNonEmpty(Map<String, Map<Long, Set<Long>>> sides, String name, long id, Set<Long> ids) {
        Map<Long, Set<Long>> byId = sides.computeIfAbsent(name, n -> new HashMap<>());
        if (!ids.isEmpty()) {
            byId.put(id, ids);
        }
    }

    /**
     * The entries in which this snapshot and {@code other} differ, one a line, or an empty string.
     *
     * @param other the snapshot to compare with
     * @param thisName what to call this snapshot's values
     * @param otherName what to call the other's
     * @return the differences
     */
    public String diff(Snapshot other, String thisName, String otherName) {
        StringBuilder text = new StringBuilder();
        diff(text, "rows", rows, other.rows, thisName, otherName);
        diff(text, "nextIds", Map.of("", nextIds), Map.of("", other.nextIds), thisName, otherName);
        diff(text, "forward", forward, other.forward, thisName, otherName);
        diff(text, "reverse", reverse, other.reverse, thisName, otherName);
        diff(text, "rights", rights, other.rights, thisName, otherName);
        diff(text, "lefts", lefts, other.lefts, thisName, otherName);
        return text.toString();
    }

    private static Object sorted(Object value) {
        return value instanceof Set<?> set ? new TreeSet<>(set) : value;
    }

    private static <K, V> void diff(StringBuilder text, String part, Map<String, Map<K, V>> mine,
                                    Map<String, Map<K, V>> theirs, String thisName, String otherName) {
        Set<String> names = new TreeSet<>(mine.keySet());
        names.addAll(theirs.keySet());
        for (String name : names) {
            Map<K, V> a = mine.getOrDefault(name, Map.of());
            Map<K, V> b = theirs.getOrDefault(name, Map.of());
            Set<K> keys = new TreeSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (K key : keys) {
                if (!Objects.equals(a.get(key), b.get(key))) {
                    text.append("\n  ").append(part).append(' ').append(name).append('[').append(key).append("]: ")
                            .append(thisName).append('=').append(sorted(a.get(key))).append(' ')
                            .append(otherName).append('=').append(sorted(b.get(key)));
                }
            }
        }
    }
}
