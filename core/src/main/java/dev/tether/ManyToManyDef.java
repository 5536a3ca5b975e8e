package dev.tether;

import java.util.Optional;

/**
 * A declared many-to-many relation (Django's {@code ManyToManyField}) between a left and a right
 * table: a set of (left id, right id) links, each pair at most once. The links are either kept
 * by the relation itself (an implicit link set, written through {@link ManyToMany#add} and
 * friends) or are the rows of a through table (Django's {@code through=}), whose rows carry extra
 * fields and whose two many-to-one keys name the left and right rows. Created by
 * {@link Schema.Builder#manyToMany} or {@link Schema.Builder#manyToManyThrough}.
 *
 * @param <L> the left row type
 * @param <R> the right row type
 */
public final class ManyToManyDef<L, R> implements RelationDef {
    private final String name;
    private final TableDef<L> left;
    private final TableDef<R> right;
    private final ManyToOneDef<?, L> throughLeft;
    private final ManyToOneDef<?, R> throughRight;

    ManyToManyDef(String name, TableDef<L> left, TableDef<R> right,
                  ManyToOneDef<?, L> throughLeft, ManyToOneDef<?, R> throughRight) {
        this.name = name;
        this.left = left;
        this.right = right;
        this.throughLeft = throughLeft;
        this.throughRight = throughRight;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The left table.
     *
     * @return the left table
     */
    public TableDef<L> left() {
        return left;
    }

    /**
     * The right table.
     *
     * @return the right table
     */
    public TableDef<R> right() {
        return right;
    }

    /**
     * The through table's many-to-one relation to the left table, if the links are rows of a
     * through table.
     *
     * @return the relation, or empty for an implicit link set
     */
    public Optional<ManyToOneDef<?, L>> throughLeft() {
        return Optional.ofNullable(throughLeft);
    }

    /**
     * The through table's many-to-one relation to the right table, if any.
     *
     * @return the relation, or empty for an implicit link set
     */
    public Optional<ManyToOneDef<?, R>> throughRight() {
        return Optional.ofNullable(throughRight);
    }

    @Override
    public String toString() {
        return "ManyToManyDef[name=" + name + ", left=" + left.name() + ", right=" + right.name()
                + (throughLeft == null ? "" : ", through=" + throughLeft.source().name()) + "]";
    }
}
