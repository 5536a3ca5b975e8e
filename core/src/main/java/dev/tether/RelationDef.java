package dev.tether;

/** A declared relation of any kind; its name is unique among the schema's relations. */
public sealed interface RelationDef permits ForeignKeyDef, ManyToManyDef {
    /**
     * The relation's name.
     *
     * @return the name
     */
    String name();
}
