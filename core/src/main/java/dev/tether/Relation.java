package dev.tether;

/** A relation of a store: a {@link OneToOne}, a {@link ManyToOne} or a {@link ManyToMany}. */
public interface Relation {
    /**
     * The relation's definition.
     *
     * @return the definition
     */
    RelationDef def();
}
