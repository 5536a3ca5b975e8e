package dev.tether.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The per-table counts of a {@link dev.tether.DeleteResult}: an immutable map in the order it was
 * built (the schema's), held in two arrays, so that a delete's result costs two small arrays
 * rather than the two linked hash maps a defensive copy would need. {@code DeleteResult} keeps
 * an instance as it is, since nothing can change it. Lookups scan the entries: a delete touches
 * few tables.
 */
public final class TableCounts extends AbstractMap<String, Long> {
    private final String[] names;
    private final long[] counts;

    /** Takes ownership of both arrays, which have the same length and distinct names. */
    TableCounts(String[] names, long[] counts) {
        this.names = names;
        this.counts = counts;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Long get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : counts[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Long>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return names.length;
            }

            @Override
            public Iterator<Entry<String, Long>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Long> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException("entries=" + names.length);
                        }
                        Entry<String, Long> entry = new SimpleImmutableEntry<>(names[next], counts[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
