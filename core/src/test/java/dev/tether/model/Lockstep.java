package dev.tether.model;

import dev.tether.Ids;
import dev.tether.TetherException;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;

/**
 * A store and the reference {@link Model} driven in lockstep. Each {@link #apply} runs one action
 * on both and checks: the same outcome (success with an equal result, or a refusal of the type
 * the model names), {@code checkInvariants()}, the same state read through the whole public API,
 * and, for a refused action, a state equal to the one before it.
 */
public final class Lockstep {
    /** Probed besides the ids of every row: the reserved id and the pool, where stale links would show. */
    private static final long[] FIXED_PROBES = {Ids.NONE, 1, 2, 3, 4};

    private final Blueprint blueprint;
    private final StoreHandle store;
    private Model model;
    private Snapshot last;

    /**
     * An empty store and an empty model on {@code blueprint}.
     *
     * @param blueprint the schema
     * @param coverage counts the delete cases the model meets (RESTRICT allowed by a cascade,
     *        SET_NULL and SET_DEFAULT rewrites, a cascade cycle); shared by the runs of a test
     */
    public Lockstep(Blueprint blueprint, Map<String, Integer> coverage) {
        this.blueprint = blueprint;
        this.store = new StoreHandle(blueprint);
        this.model = new Model(blueprint, coverage);
        this.last = check();
    }

    /**
     * The store under test.
     *
     * @return the store
     */
    public StoreHandle store() {
        return store;
    }

    /**
     * Applies {@code action} to the store and to the model, and checks everything.
     *
     * @param action the action
     * @return the store's refusal, or null if the action succeeded
     * @throws AssertionError if the store and the model disagree in any way
     */
    public TetherException apply(Action action) {
        Snapshot before = last;
        TetherException refusal = applyComparingResults(action);
        Snapshot after = check();
        if (refusal != null) {
            requireEqual(after, before, "a refused " + action + " changed the store", "after", "before");
        }
        return refusal;
    }

    /**
     * Applies {@code action} to the store and to the model and checks only that both have the
     * same outcome; the state is left for a later {@link #check}.
     *
     * @param action the action
     * @return the store's refusal, or null if the action succeeded
     * @throws AssertionError if the outcomes differ
     */
    public TetherException applyComparingResults(Action action) {
        Outcome expected = action.onModel(model);
        Object result = null;
        TetherException refusal = null;
        try {
            result = action.onStore(store);
        } catch (TetherException e) {
            refusal = e;
        }
        if (expected.refused()) {
            if (refusal == null || !expected.refusals().contains(refusal.getClass())) {
                throw new AssertionError("store and model disagree on " + action + ": model refuses with one of "
                        + names(expected.refusals()) + ", store " + (refusal == null ? "returned " + result : "threw"),
                        refusal);
            }
        } else if (refusal != null) {
            throw new AssertionError("store and model disagree on " + action + ": model returns " + expected.value()
                    + ", store threw", refusal);
        } else if (!Objects.equals(result, expected.value())) {
            throw new AssertionError("store and model disagree on " + action + ": model returns " + expected.value()
                    + ", store returned " + result);
        }
        return refusal;
    }

    /**
     * Checks the store's invariants and that the store reads exactly as the model; remembers the
     * store's snapshot as the state a refused action must leave.
     *
     * @return the store's snapshot
     */
    public Snapshot check() {
        store.store().checkInvariants();
        Set<Long> probes = new HashSet<>(model.ids());
        probes.addAll(StoreReader.ids(blueprint, store));
        for (long id : FIXED_PROBES) {
            probes.add(id);
        }
        Snapshot actual = StoreReader.read(blueprint, store, probes);
        requireEqual(actual, model.snapshot(probes), "the store reads differently from the model", "store", "model");
        last = actual;
        return actual;
    }

    /**
     * The store's snapshot taken by the latest {@link #check}: its state then, read without
     * reading again.
     *
     * @return the snapshot
     */
    public Snapshot lastChecked() {
        return last;
    }

    /**
     * Checks that the store reads as {@code expected}, a snapshot taken earlier.
     *
     * @param expected the earlier snapshot
     * @param why what is being checked, for the failure message
     */
    public void requireUnchangedSince(Snapshot expected, String why) {
        requireEqual(check(), expected, why, "now", "then");
    }

    /**
     * A copy of the model's state, for {@link #restoreModel} when a transaction rolls back.
     *
     * @return the copy
     */
    public Model saveModel() {
        return model.copy();
    }

    /**
     * Puts back a state saved by {@link #saveModel}: the model's transaction rollback.
     *
     * @param saved the saved state
     */
    public void restoreModel(Model saved) {
        model = saved.copy();
    }

    private static void requireEqual(Snapshot actual, Snapshot expected, String why, String actualName,
                                     String expectedName) {
        if (!actual.equals(expected)) {
            throw new AssertionError(why + ":" + actual.diff(expected, actualName, expectedName));
        }
    }

    private static String names(Set<Class<? extends TetherException>> types) {
        return types.stream().map(Class::getSimpleName).sorted().toList().toString();
    }
}
