package dev.tether;

import dev.tether.model.Action;
import dev.tether.model.ActionGenerator;
import dev.tether.model.Blueprint;
import dev.tether.model.Lockstep;
import dev.tether.model.Model;
import dev.tether.model.Snapshot;
import dev.tether.property.PropertyRunner;
import dev.tether.property.PropertySettings;
import dev.tether.property.StatefulProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, point 4: random transactions, with nested savepoints, whose bodies fail at a random
 * step (they throw, or a refused write escapes) or commit. A failed transaction or savepoint must
 * leave the store exactly as it was when it began (rows, links, next auto ids); a committed one
 * must equal the model applying the same steps. Each write inside a body must have the model's
 * outcome; the whole state (rows, links both ways, next ids, invariants) is compared with the
 * model when a transaction or savepoint begins and when it ends, as in {@link StorePropertiesTest}.
 */
class RollbackPropertiesTest {
    /** One step of a chain, or of a transaction's body. */
    private sealed interface Step {
    }

    /** A write; inside a body, {@code escapes} says whether a refusal leaves the body or is caught. */
    private record Write(Action action, boolean escapes) implements Step {
    }

    /** The body throws here. */
    private record Fail() implements Step {
    }

    /**
     * {@code store.transaction} around {@code body}: a transaction at the top of a chain, a
     * savepoint inside a body; {@code escapes} says whether the enclosing body lets its failure
     * through.
     */
    private record Transaction(List<Step> body, boolean escapes) implements Step {
    }

    /** What a failing body throws. */
    private static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super("body failed", null, false, false);
        }
    }

    private static final Blueprint BLUEPRINT = Blueprint.social();
    private static final int MAX_DEPTH = 3;

    private final ActionGenerator actions = new ActionGenerator(BLUEPRINT);

    @Test
    void aFailedTransactionChangesNothingAndACommittedOneEqualsTheModel() {
        PropertyRunner.Summary summary = PropertyRunner.check(new StatefulProperty<Step>() {
            @Override
            public Step nextAction(SplittableRandom random, List<Step> earlier) {
                List<Action> written = new ArrayList<>();
                earlier.forEach(step -> writes(step, written));
                return random.nextInt(10) < 3 ? new Write(actions.next(random, written), false)
                        : new Transaction(body(random, 1, written), false);
            }

            @Override
            public Consumer<Step> newRun() {
                Lockstep lockstep = new Lockstep(BLUEPRINT, new HashMap<>());
                return step -> {
                    if (step instanceof Write write) {
                        lockstep.apply(write.action());
                    } else {
                        run(lockstep, (Transaction) step, false);
                    }
                };
            }
        }, PropertySettings.fromSystemProperties());
        System.out.println("RollbackPropertiesTest: " + summary);
    }

    private List<Step> body(SplittableRandom random, int depth, List<Action> written) {
        List<Step> body = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int kind = random.nextInt(20);
            if (kind < 2) {
                body.add(new Fail());
            } else if (kind < 5 && depth < MAX_DEPTH) {
                body.add(new Transaction(body(random, depth + 1, written), random.nextBoolean()));
            } else {
                Action action = actions.next(random, written);
                written.add(action);
                body.add(new Write(action, random.nextBoolean()));
            }
        }
        return body;
    }

    private static void writes(Step step, List<Action> written) {
        if (step instanceof Write write) {
            written.add(write.action());
        } else if (step instanceof Transaction transaction) {
            transaction.body().forEach(inner -> writes(inner, written));
        }
    }

    /**
     * Runs a transaction on the store and, step by step, on the model; if it fails, puts the model
     * back and checks that the store is back too. Returns the failure, or null if it committed.
     */
    private static RuntimeException run(Lockstep lockstep, Transaction transaction, boolean nested) {
        // At the top of a chain, the store has not changed since the last check; inside a body it has.
        Snapshot before = nested ? lockstep.check() : lockstep.lastChecked();
        Model saved = lockstep.saveModel();
        RuntimeException[] thrownByBody = {null};
        try {
            lockstep.store().store().transaction(store -> {
                for (Step step : transaction.body()) {
                    thrownByBody[0] = runStep(lockstep, step);
                    if (thrownByBody[0] != null) {
                        throw thrownByBody[0];
                    }
                }
                return null;
            });
        } catch (Boom | TetherException failure) {
            if (failure != thrownByBody[0]) {
                throw new AssertionError("the transaction threw what its body did not throw", failure);
            }
            lockstep.restoreModel(saved);
            lockstep.requireUnchangedSince(before, "a transaction whose body threw " + failure.getClass().getSimpleName()
                    + " did not restore the store");
            return failure;
        }
        if (thrownByBody[0] != null) {
            throw new AssertionError("the transaction swallowed its body's failure", thrownByBody[0]);
        }
        lockstep.check();
        return null;
    }

    /** Runs one step of a body; returns what must leave the body, or null to go on. */
    private static RuntimeException runStep(Lockstep lockstep, Step step) {
        if (step instanceof Fail) {
            return new Boom();
        }
        if (step instanceof Write write) {
            TetherException refusal = lockstep.applyComparingResults(write.action());
            return write.escapes() ? refusal : null;
        }
        Transaction savepoint = (Transaction) step;
        RuntimeException failure = run(lockstep, savepoint, true);
        return savepoint.escapes() ? failure : null;
    }
}
