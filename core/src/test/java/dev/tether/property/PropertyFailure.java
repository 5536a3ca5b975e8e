package dev.tether.property;

import java.util.List;

/**
 * A property failed: the seed that replays it, the chain it drew, the failing step, and the
 * chain shrunk to what still fails. The cause is the shrunk chain's failure.
 */
public final class PropertyFailure extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final long seed;
    private final transient List<?> actions;
    private final int failingStep;
    private final transient List<?> shrunk;

    PropertyFailure(long seed, int maxActions, List<?> actions, StepFailure original, List<?> shrunk,
                    StepFailure shrunkFailure) {
        super(message(seed, maxActions, actions, original, shrunk, shrunkFailure), shrunkFailure.cause());
        this.seed = seed;
        this.actions = List.copyOf(actions);
        this.failingStep = original.step();
        this.shrunk = List.copyOf(shrunk);
    }

    private static String message(long seed, int maxActions, List<?> actions, StepFailure original, List<?> shrunk,
                                  StepFailure shrunkFailure) {
        return "property failed: seed=" + seed + " failingStep=" + original.step() + " actions=" + actions.size()
                + "\nreplay: -Dtether.property.seed=" + seed + " -Dtether.property.actions=" + maxActions
                + "\nfailure: " + original.cause()
                + "\nshrunk to " + shrunk.size() + " actions (failing at step " + shrunkFailure.step() + "):"
                + numbered(shrunk)
                + "\nshrunk failure: " + shrunkFailure.cause()
                + "\noriginal actions:" + numbered(actions.subList(0, original.step() + 1));
    }

    private static String numbered(List<?> actions) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < actions.size(); i++) {
            text.append("\n  ").append(i).append(": ").append(actions.get(i));
        }
        return text.toString();
    }

    /**
     * The seed of the failing chain.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The chain as drawn.
     *
     * @return the actions
     */
    public List<?> actions() {
        return actions;
    }

    /**
     * The index of the first action whose check failed.
     *
     * @return the step
     */
    public int failingStep() {
        return failingStep;
    }

    /**
     * The shrunk chain; it still fails, at its last action.
     *
     * @return the actions
     */
    public List<?> shrunk() {
        return shrunk;
    }
}
