package dev.tether;

/**
 * A row named by table and id, with the relation through which an operation reached it.
 *
 * @param relation the relation that reached the row
 * @param table the row's table
 * @param id the row's id
 */
public record RowRef(String relation, String table, long id) {
    @Override
    public String toString() {
        return table + "#" + id + " via " + relation;
    }
}
