package dev.tether;

/**
 * A declared relation carried by a foreign key in the source table's rows: one-to-one or
 * many-to-one. Both share everything but the uniqueness of the target.
 *
 * @param <S> the source row type (the side that holds the foreign key)
 * @param <T> the target row type
 */
public abstract sealed class ForeignKeyDef<S, T> implements RelationDef permits OneToOneDef, ManyToOneDef {
    private final String name;
    private final TableDef<S> source;
    private final TableDef<T> target;
    private final ForeignKey<S> foreignKey;
    private final OnDelete onDelete;

    ForeignKeyDef(String name, TableDef<S> source, TableDef<T> target, ForeignKey<S> foreignKey, OnDelete onDelete) {
        this.name = name;
        this.source = source;
        this.target = target;
        this.foreignKey = foreignKey;
        this.onDelete = onDelete;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The table whose rows hold the foreign key.
     *
     * @return the source table
     */
    public TableDef<S> source() {
        return source;
    }

    /**
     * The table the foreign key points into.
     *
     * @return the target table
     */
    public TableDef<T> target() {
        return target;
    }

    /**
     * How a source row names its target.
     *
     * @return the foreign key
     */
    public ForeignKey<S> foreignKey() {
        return foreignKey;
    }

    /**
     * The rule applied to the source rows when their target is deleted.
     *
     * @return the on-delete rule
     */
    public OnDelete onDelete() {
        return onDelete;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[name=" + name + ", source=" + source.name() + ", target="
                + target.name() + ", onDelete=" + onDelete + "]";
    }
}
