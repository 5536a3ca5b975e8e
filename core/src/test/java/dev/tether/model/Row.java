package dev.tether.model;

/**
 * The one row type of the property schema: an id, two key slots and a payload. Which slot is
 * which table's foreign key is the {@link Blueprint}'s business; a slot no relation reads is data.
 *
 * @param id the row id
 * @param k0 key slot 0
 * @param k1 key slot 1
 * @param payload a value updates may change without touching keys
 */
public record Row(long id, long k0, long k1, int payload) {
    /** The value a slot holds. */
    long slot(Slot slot) {
        return switch (slot) {
            case ID -> id;
            case K0 -> k0;
            case K1 -> k1;
        };
    }

    /** This row with {@code slot} set to {@code value} (the foreign key rewriter of SET_NULL and SET_DEFAULT). */
    Row with(Slot slot, long value) {
        return switch (slot) {
            case ID -> new Row(value, k0, k1, payload);
            case K0 -> new Row(id, value, k1, payload);
            case K1 -> new Row(id, k0, value, payload);
        };
    }
}
