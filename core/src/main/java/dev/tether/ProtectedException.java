package dev.tether;

import java.util.List;

/** Django's {@code ProtectedError}: a PROTECT relation has dependent rows. */
public final class ProtectedException extends DeleteRefusedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param table the table of the row whose delete was asked for
     * @param id the id of that row
     * @param blockingRows the dependent rows that refused the delete
     */
    public ProtectedException(String table, long id, List<RowRef> blockingRows) {
        super("PROTECT", table, id, blockingRows);
    }
}
