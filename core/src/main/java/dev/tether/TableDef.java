package dev.tether;

import java.util.function.ToLongFunction;

/**
 * A declared table: its name, row type and id accessor. Created by
 * {@link Schema.Builder#table}; pass it to {@link Store#table(TableDef)} for typed access.
 *
 * @param <T> the row type
 */
public final class TableDef<T> {
    private final Schema.Builder owner;
    private final String name;
    private final Class<T> rowType;
    private final ToLongFunction<? super T> idOf;

    TableDef(Schema.Builder owner, String name, Class<T> rowType, ToLongFunction<? super T> idOf) {
        this.owner = owner;
        this.name = name;
        this.rowType = rowType;
        this.idOf = idOf;
    }

    /**
     * The table's name, unique in its schema.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The class every row of the table is an instance of.
     *
     * @return the row type
     */
    public Class<T> rowType() {
        return rowType;
    }

    /**
     * Reads a row's id through the declared accessor.
     *
     * @param row a row of this table
     * @return its id
     */
    public long idOf(T row) {
        return idOf.applyAsLong(row);
    }

    boolean isDeclaredBy(Schema.Builder builder) {
        return owner == builder;
    }

    @Override
    public String toString() {
        return "TableDef[name=" + name + ", rowType=" + rowType.getName() + "]";
    }
}
