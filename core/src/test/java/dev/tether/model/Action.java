package dev.tether.model;

import java.util.List;

/**
 * One write, applied alike to the store and to the {@link Model}. Actions name tables and
 * relations of the {@link Blueprint} and hold plain ids, so they replay on any state.
 */
public sealed interface Action {
    /**
     * Applies the action to the model.
     *
     * @param model the model
     * @return the model's outcome
     */
    Outcome onModel(Model model);

    /**
     * Applies the action to the store.
     *
     * @param store the store
     * @return the store's result (see {@link Outcome#value()}); a refusal is thrown
     */
    Object onStore(StoreHandle store);

    /** {@code Table.insert(row)}. */
    record Insert(String table, Row row) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.insert(table, row);
        }

        @Override
        public Object onStore(StoreHandle store) {
            return store.table(table).insert(row);
        }
    }

    /** {@code Table.insert(factory)}; a non-zero {@code idShift} makes the factory break its contract. */
    record InsertAuto(String table, long k0, long k1, int payload, long idShift) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.insertAuto(table, k0, k1, payload, idShift);
        }

        @Override
        public Object onStore(StoreHandle store) {
            return store.table(table).insert(id -> new Row(id + idShift, k0, k1, payload));
        }
    }

    /** {@code Table.update(row)}. */
    record Update(String table, Row row) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.update(table, row);
        }

        @Override
        public Object onStore(StoreHandle store) {
            return store.table(table).update(row);
        }
    }

    /** {@code Table.delete(id)}. */
    record Delete(String table, long id) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.delete(table, id);
        }

        @Override
        public Object onStore(StoreHandle store) {
            return Deleted.of(store.table(table).delete(id));
        }
    }

    /**
     * {@code Table.ensureCapacity(rows)}: changes nothing a reader can see, so the model answers
     * the table's row count; it makes the next writes land in (and roll back from) new maps.
     */
    record EnsureCapacity(String table, int rows) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.ensureCapacity(table);
        }

        @Override
        public Object onStore(StoreHandle store) {
            store.table(table).ensureCapacity(rows);
            return store.table(table).size();
        }
    }

    /** {@code ManyToMany.add}. */
    record Link(String relation, long left, long right) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.add(relation, left, right);
        }

        @Override
        public Object onStore(StoreHandle store) {
            return store.links(relation).add(left, right);
        }
    }

    /** {@code ManyToMany.remove}. */
    record Unlink(String relation, long left, long right) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.remove(relation, left, right);
        }

        @Override
        public Object onStore(StoreHandle store) {
            return store.links(relation).remove(left, right);
        }
    }

    /** {@code ManyToMany.set}; duplicates in {@code rights} are allowed. */
    record SetLinks(String relation, long left, List<Long> rights) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.set(relation, left, rights);
        }

        @Override
        public Object onStore(StoreHandle store) {
            store.links(relation).set(left, rights.stream().mapToLong(Long::longValue).toArray());
            return null;
        }
    }

    /** {@code ManyToMany.clear}. */
    record ClearLinks(String relation, long left) implements Action {
        @Override
        public Outcome onModel(Model model) {
            return model.clear(relation, left);
        }

        @Override
        public Object onStore(StoreHandle store) {
            return store.links(relation).clear(left);
        }
    }
}
