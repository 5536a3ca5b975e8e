package dev.tether;

import java.util.List;

/** A delete was refused by an on-delete rule; nothing was deleted or rewritten. */
public abstract sealed class DeleteRefusedException extends TetherException
        permits ProtectedException, RestrictedException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final long id;
    private final transient List<RowRef> blockingRows;

    DeleteRefusedException(String rule, String table, long id, List<RowRef> blockingRows) {
        super("delete refused by " + rule + ": table=" + table + " id=" + id + " blockingRows=" + blockingRows);
        this.table = table;
        this.id = id;
        this.blockingRows = List.copyOf(blockingRows);
    }

    /**
     * The table of the row whose delete was asked for.
     *
     * @return the table name
     */
    public String table() {
        return table;
    }

    /**
     * The id of the row whose delete was asked for.
     *
     * @return the id
     */
    public long id() {
        return id;
    }

    /**
     * The dependent rows that refused the delete, in the order they were found.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<RowRef> blockingRows() {
        return blockingRows;
    }
}
