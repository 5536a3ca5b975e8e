package dev.tether;

/**
 * The work of a {@linkplain Store#transaction transaction}.
 *
 * @param <R> what the transaction returns
 */
@FunctionalInterface
public interface TransactionBody<R> {
    /**
     * Runs the transaction's reads and writes. Throwing undoes every write it made.
     *
     * @param store the store the transaction runs on
     * @return the transaction's result, handed back by {@link Store#transaction}
     */
    R run(Store store);
}
