package dev.tether;

/**
 * A declared many-to-one relation (Django's {@code ForeignKey}): every source row points at one
 * target row (or none, when the key is nullable); a target may have any number of source rows.
 * Created by {@link Schema.Builder#manyToOne}.
 *
 * @param <S> the source row type (Django's {@code Album})
 * @param <T> the target row type (Django's {@code Artist})
 */
public final class ManyToOneDef<S, T> extends ForeignKeyDef<S, T> {
    ManyToOneDef(String name, TableDef<S> source, TableDef<T> target, ForeignKey<S> foreignKey, OnDelete onDelete) {
        super(name, source, target, foreignKey, onDelete);
    }
}
