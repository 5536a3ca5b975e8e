package dev.tether;

import java.util.List;

/** Django's {@code RestrictedError}: a RESTRICT relation has dependent rows that the same delete does not reach through a CASCADE. */
public final class RestrictedException extends DeleteRefusedException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param table the table of the row whose delete was asked for
     * @param id the id of that row
     * @param blockingRows the dependent rows that refused the delete
     */
    public RestrictedException(String table, long id, List<RowRef> blockingRows) {
        super("RESTRICT", table, id, blockingRows);
    }
}
