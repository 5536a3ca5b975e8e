package dev.tether.model;

import dev.tether.DeleteResult;
import java.util.List;
import java.util.Map;

/**
 * A delete's result in a form the model builds without store code: the total, and the per-table
 * (and per link relation) counts in the order the store reports them.
 *
 * @param total rows and implicit links deleted
 * @param counts name and count, in report order
 */
record Deleted(long total, List<Map.Entry<String, Long>> counts) {
    static Deleted of(DeleteResult result) {
        return new Deleted(result.total(), List.copyOf(result.perTable().entrySet()));
    }
}
