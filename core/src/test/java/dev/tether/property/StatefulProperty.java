package dev.tether.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A stateful property: random actions applied one after another to a fresh system, each checked as
 * it is applied. Actions are drawn from the random and the actions drawn before them, never from
 * the system's state, so a seed always draws the same chain, and every subsequence of a chain is
 * again a chain that can be run: that is what lets {@link PropertyRunner} shrink.
 *
 * @param <A> the action type; its {@code toString} is what a failure report shows
 */
public interface StatefulProperty<A> {
    /**
     * Draws one action. It may look at the earlier actions of the chain (to reuse the ids they
     * named, say), but not at any state.
     *
     * @param random the chain's random source
     * @param earlier the actions drawn so far in this chain, oldest first
     * @return the action
     */
    A nextAction(SplittableRandom random, List<A> earlier);

    /**
     * Starts one run on a fresh system: the returned consumer applies an action and throws (an
     * {@link AssertionError} or any runtime exception) when a check fails.
     *
     * @return the run
     */
    Consumer<A> newRun();
}
