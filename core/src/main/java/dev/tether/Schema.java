package dev.tether;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * An immutable set of table and relation declarations. Build one with {@link #builder()}, then
 * open any number of independent stores on it with {@link Store#create(Schema)}.
 *
 * <pre>{@code
 * Schema.Builder b = Schema.builder();
 * TableDef<User> users = b.table("users", User.class, User::id);
 * TableDef<Profile> profiles = b.table("profiles", Profile.class, Profile::id);
 * OneToOneDef<Profile, User> profileUser =
 *         b.oneToOne("profile_user", profiles, ForeignKey.required(Profile::userId), users, OnDelete.CASCADE);
 * Schema schema = b.build();
 * }</pre>
 *
 * <p>Every mistake is reported by the declaring call with a {@link SchemaException}: a blank or
 * duplicate name, a relation naming a table of another builder, SET_NULL on a key that is not
 * nullable, SET_DEFAULT without a default, either of them without a rewriter, a missing on-delete
 * rule.
 */
public final class Schema {
    private final List<TableDef<?>> tables;
    private final List<RelationDef> relations;

    private Schema(Builder builder) {
        this.tables = List.copyOf(builder.tables.values());
        this.relations = List.copyOf(builder.relations.values());
    }

    /**
     * Starts a new schema.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The declared tables, in declaration order.
     *
     * @return an unmodifiable list
     */
    public List<TableDef<?>> tables() {
        return tables;
    }

    /**
     * The declared relations, in declaration order.
     *
     * @return an unmodifiable list
     */
    public List<RelationDef> relations() {
        return relations;
    }

    /** Declares tables and relations; single use: {@link #build()} freezes it. */
    public static final class Builder {
        private final Map<String, TableDef<?>> tables = new LinkedHashMap<>();
        private final Map<String, RelationDef> relations = new LinkedHashMap<>();
        private boolean built;

        private Builder() {
        }

        /**
         * Declares a table.
         *
         * @param name unique, non-blank table name
         * @param rowType the class of its rows (records first-class, any class works)
         * @param idOf reads a row's id; every id except {@link Ids#NONE} is allowed
         * @param <T> the row type
         * @return the table's definition
         * @throws SchemaException on a blank or duplicate name, or a null argument
         */
        public <T> TableDef<T> table(String name, Class<T> rowType, ToLongFunction<? super T> idOf) {
            requireOpen();
            requireName("table", name);
            if (rowType == null || idOf == null) {
                throw new SchemaException("table declaration has a null argument: table=" + name
                        + " rowType=" + rowType + " idOf=" + idOf);
            }
            if (tables.containsKey(name)) {
                throw new SchemaException("duplicate table name: table=" + name);
            }
            if (relations.get(name) instanceof ManyToManyDef<?, ?> m && m.throughLeft().isEmpty()) {
                throw new SchemaException("table name is also a many-to-many relation name: table=" + name
                        + " (delete results count that relation's links under this name)");
            }
            TableDef<T> def = new TableDef<>(this, name, rowType, idOf);
            tables.put(name, def);
            return def;
        }

        /**
         * Declares a one-to-one relation from {@code source}'s foreign key to {@code target}
         * (Django's {@code OneToOneField}). The on-delete rule is required.
         *
         * @param name unique, non-blank relation name
         * @param source the table whose rows hold the key
         * @param foreignKey how a source row names its target
         * @param target the table pointed at
         * @param onDelete what deleting a target does to its source row; never null
         * @param <S> source row type
         * @param <T> target row type
         * @return the relation's definition
         * @throws SchemaException on any declaration mistake listed on {@link Schema}
         */
        public <S, T> OneToOneDef<S, T> oneToOne(String name, TableDef<S> source, ForeignKey<S> foreignKey,
                                                 TableDef<T> target, OnDelete onDelete) {
            requireKeyRelation(name, source, foreignKey, target, onDelete);
            return register(new OneToOneDef<>(name, source, target, foreignKey, onDelete, false));
        }

        /**
         * Declares a one-to-one relation in which the source row's id <em>is</em> its target's id
         * (Django's {@code OneToOneField(primary_key=True)}, JPA's {@code @MapsId}). It needs no
         * index: the source table itself answers "which row points at target t". The key cannot
         * be rewritten, so SET_NULL and SET_DEFAULT are refused.
         *
         * @param name unique, non-blank relation name
         * @param source the table whose ids are target ids
         * @param target the table pointed at; not {@code source} itself
         * @param onDelete CASCADE, PROTECT or RESTRICT; never null
         * @param <S> source row type
         * @param <T> target row type
         * @return the relation's definition
         * @throws SchemaException on any declaration mistake listed on {@link Schema}
         */
        public <S, T> OneToOneDef<S, T> sharedPrimaryKey(String name, TableDef<S> source, TableDef<T> target,
                                                         OnDelete onDelete) {
            requireRelation(name, source, target, onDelete);
            if (source == target) {
                throw new SchemaException("shared primary key relation points at its own table: relation="
                        + name + " table=" + source.name());
            }
            if (onDelete == OnDelete.SET_NULL || onDelete == OnDelete.SET_DEFAULT) {
                throw new SchemaException("shared primary key cannot be rewritten: relation=" + name
                        + " onDelete=" + onDelete);
            }
            ForeignKey<S> ownId = ForeignKey.required(source::idOf);
            return register(new OneToOneDef<>(name, source, target, ownId, onDelete, true));
        }

        /**
         * Declares a many-to-one relation from {@code source}'s foreign key to {@code target}
         * (Django's {@code ForeignKey}): any number of source rows may point at one target. The
         * on-delete rule is required.
         *
         * @param name unique, non-blank relation name
         * @param source the table whose rows hold the key
         * @param foreignKey how a source row names its target
         * @param target the table pointed at
         * @param onDelete what deleting a target does to its source rows; never null
         * @param <S> source row type
         * @param <T> target row type
         * @return the relation's definition
         * @throws SchemaException on any declaration mistake listed on {@link Schema}
         */
        public <S, T> ManyToOneDef<S, T> manyToOne(String name, TableDef<S> source, ForeignKey<S> foreignKey,
                                                   TableDef<T> target, OnDelete onDelete) {
            requireKeyRelation(name, source, foreignKey, target, onDelete);
            return register(new ManyToOneDef<>(name, source, target, foreignKey, onDelete));
        }

        /**
         * Declares a many-to-many relation whose links the relation keeps itself (Django's
         * {@code ManyToManyField} without {@code through}). Deleting a row on either side removes
         * its links; there is no on-delete rule to choose, as in Django.
         *
         * @param name unique, non-blank relation name; the delete result counts links under it
         * @param left the left table
         * @param right the right table (may be {@code left})
         * @param <L> left row type
         * @param <R> right row type
         * @return the relation's definition
         * @throws SchemaException on a blank or duplicate name or a table of another builder
         */
        public <L, R> ManyToManyDef<L, R> manyToMany(String name, TableDef<L> left, TableDef<R> right) {
            requireRelationName(name);
            requireDeclaredHere(name, "left", left);
            requireDeclaredHere(name, "right", right);
            if (tables.containsKey(name)) {
                throw new SchemaException("many-to-many relation name is also a table name: relation=" + name
                        + " (delete results count its links under this name)");
            }
            return register(new ManyToManyDef<>(name, left, right, null, null));
        }

        /**
         * Declares a many-to-many relation whose links are the rows of a through table (Django's
         * {@code through=}). The through table and its two many-to-one relations, to the left and
         * to the right table, are declared first, with the on-delete rules of your choice; this
         * adds the uniqueness of each (left, right) pair and access in both directions.
         *
         * @param name unique, non-blank relation name
         * @param toLeft the through table's many-to-one relation to the left table
         * @param toRight the through table's many-to-one relation to the right table; same
         *        source table as {@code toLeft}
         * @param <X> through row type
         * @param <L> left row type
         * @param <R> right row type
         * @return the relation's definition
         * @throws SchemaException if the two relations do not share a source table, are the same
         *         relation, were not declared by this builder, or rewrite their key on delete
         *         (SET_NULL, SET_DEFAULT: a through row always links a whole pair)
         */
        public <X, L, R> ManyToManyDef<L, R> manyToManyThrough(String name, ManyToOneDef<X, L> toLeft,
                                                                ManyToOneDef<X, R> toRight) {
            requireRelationName(name);
            if (toLeft == null || toRight == null || relations.get(toLeft.name()) != toLeft
                    || relations.get(toRight.name()) != toRight) {
                throw new SchemaException("through relations must be many-to-one relations of this schema: relation="
                        + name + " toLeft=" + toLeft + " toRight=" + toRight);
            }
            if (toLeft == toRight || toLeft.source() != toRight.source()) {
                throw new SchemaException("through relations must be two relations of one through table: relation="
                        + name + " toLeft=" + toLeft.name() + " toRight=" + toRight.name());
            }
            for (ManyToOneDef<X, ?> key : List.of(toLeft, toRight)) {
                if (key.onDelete() == OnDelete.SET_NULL || key.onDelete() == OnDelete.SET_DEFAULT) {
                    throw new SchemaException("a through table's pair key cannot be rewritten: relation=" + name
                            + " key=" + key.name() + " onDelete=" + key.onDelete()
                            + " (use CASCADE, PROTECT or RESTRICT)");
                }
            }
            return register(new ManyToManyDef<>(name, toLeft.target(), toRight.target(), toLeft, toRight));
        }

        /**
         * Freezes the declarations into a schema. The builder accepts nothing afterwards.
         *
         * @return the schema
         * @throws SchemaException if called twice
         */
        public Schema build() {
            requireOpen();
            built = true;
            return new Schema(this);
        }

        private <D extends RelationDef> D register(D def) {
            relations.put(def.name(), def);
            return def;
        }

        private void requireKeyRelation(String name, TableDef<?> source, ForeignKey<?> foreignKey, TableDef<?> target,
                                        OnDelete onDelete) {
            requireRelation(name, source, target, onDelete);
            if (foreignKey == null) {
                throw new SchemaException("relation has no foreign key: relation=" + name);
            }
            requireRuleFitsKey(name, foreignKey, onDelete);
        }

        private void requireRelationName(String name) {
            requireOpen();
            requireName("relation", name);
            if (relations.containsKey(name)) {
                throw new SchemaException("duplicate relation name: relation=" + name);
            }
        }

        private void requireRelation(String name, TableDef<?> source, TableDef<?> target, OnDelete onDelete) {
            requireRelationName(name);
            if (onDelete == null) {
                throw new SchemaException("relation has no on-delete rule: relation=" + name
                        + " (on_delete is required, as in Django)");
            }
            requireDeclaredHere(name, "source", source);
            requireDeclaredHere(name, "target", target);
        }

        private void requireDeclaredHere(String relation, String role, TableDef<?> table) {
            if (table == null || !table.isDeclaredBy(this)) {
                throw new SchemaException("relation names a table this schema does not declare: relation="
                        + relation + " " + role + "=" + (table == null ? "null" : table.name()));
            }
        }

        private static void requireRuleFitsKey(String name, ForeignKey<?> key, OnDelete onDelete) {
            if (onDelete == OnDelete.SET_NULL && !key.isNullable()) {
                throw new SchemaException("SET_NULL needs a nullable foreign key: relation=" + name
                        + " (declare it with ForeignKey.nullable)");
            }
            if (onDelete == OnDelete.SET_DEFAULT && key.defaultTarget().isEmpty()) {
                throw new SchemaException("SET_DEFAULT needs a default target: relation=" + name
                        + " (declare it with ForeignKey.withDefault)");
            }
            boolean rewrites = onDelete == OnDelete.SET_NULL || onDelete == OnDelete.SET_DEFAULT;
            if (rewrites && !key.isRewritable()) {
                throw new SchemaException(onDelete + " needs a foreign key rewriter: relation=" + name
                        + " (declare it with ForeignKey.rewrittenBy)");
            }
        }

        private void requireOpen() {
            if (built) {
                throw new SchemaException("schema builder already built; start a new one with Schema.builder()");
            }
        }

        private static void requireName(String kind, String name) {
            if (name == null || name.isBlank()) {
                throw new SchemaException(kind + " name is blank: " + kind + "=" + name);
            }
        }
    }

    @Override
    public String toString() {
        return "Schema[tables=" + tables + ", relations=" + relations + "]";
    }
}
