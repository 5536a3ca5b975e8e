package dev.tether;

/**
 * A declared one-to-one relation: every source row points at one target row (or none, when the
 * key is nullable) and no two source rows point at the same target. Created by
 * {@link Schema.Builder#oneToOne} or {@link Schema.Builder#sharedPrimaryKey}.
 *
 * @param <S> the source row type (the side that holds the foreign key, Django's {@code Profile})
 * @param <T> the target row type (Django's {@code User})
 */
public final class OneToOneDef<S, T> extends ForeignKeyDef<S, T> {
    private final boolean sharedPrimaryKey;

    OneToOneDef(String name, TableDef<S> source, TableDef<T> target, ForeignKey<S> foreignKey,
                OnDelete onDelete, boolean sharedPrimaryKey) {
        super(name, source, target, foreignKey, onDelete);
        this.sharedPrimaryKey = sharedPrimaryKey;
    }

    /**
     * Whether the source row's id is the target's id (Django's {@code primary_key=True}); then the
     * {@linkplain #foreignKey() foreign key} reads the source row's own id.
     *
     * @return true for a shared primary key
     */
    public boolean isSharedPrimaryKey() {
        return sharedPrimaryKey;
    }
}
