package dev.tether;

/**
 * A declared one-to-one relation: every source row points at one target row (or none, when the
 * key is nullable) and no two source rows point at the same target. Created by
 * {@link Schema.Builder#oneToOne} or {@link Schema.Builder#sharedPrimaryKey}.
 *
 * @param <S> the source row type (the side that holds the foreign key, Django's {@code Profile})
 * @param <T> the target row type (Django's {@code User})
 */
public final class OneToOneDef<S, T> {
    private final String name;
    private final TableDef<S> source;
    private final TableDef<T> target;
    private final ForeignKey<S> foreignKey;
    private final OnDelete onDelete;
    private final boolean sharedPrimaryKey;

    OneToOneDef(String name, TableDef<S> source, TableDef<T> target, ForeignKey<S> foreignKey,
                OnDelete onDelete, boolean sharedPrimaryKey) {
        this.name = name;
        this.source = source;
        this.target = target;
        this.foreignKey = foreignKey;
        this.onDelete = onDelete;
        this.sharedPrimaryKey = sharedPrimaryKey;
    }

    /**
     * The relation's name, unique in its schema.
     *
     * @return the name
     */
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
     * How a source row names its target; for a shared primary key, the source row's own id.
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

    /**
     * Whether the source row's id is the target's id (Django's {@code primary_key=True}).
     *
     * @return true for a shared primary key
     */
    public boolean isSharedPrimaryKey() {
        return sharedPrimaryKey;
    }

    @Override
    public String toString() {
        return "OneToOneDef[name=" + name + ", source=" + source.name() + ", target=" + target.name()
                + ", onDelete=" + onDelete + ", sharedPrimaryKey=" + sharedPrimaryKey + "]";
    }
}
