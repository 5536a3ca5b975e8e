package dev.tether.property;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a {@link StatefulProperty}: draws chains of actions, each from its own seed, applies each
 * chain to a fresh run, and on the first failure shrinks the chain and throws a
 * {@link PropertyFailure} naming the seed, the chain, the failing step and the shrunk chain.
 */
public final class PropertyRunner {
    /**
     * What a passing run did.
     *
     * @param chains the chains run
     * @param actions the actions applied, in all chains
     * @param wallMs the wall-clock time it took
     * @param processCpuMs the CPU time the whole JVM spent meanwhile (with the JIT and the GC)
     */
    public record Summary(int chains, long actions, long wallMs, long processCpuMs) {
    }

    private PropertyRunner() {
    }

    /**
     * Runs {@code property} as {@code settings} say: one chain per try, from fresh random seeds,
     * or only the chain of {@code settings.seed()}.
     *
     * @param property the property
     * @param settings tries, chain length, seed
     * @param <A> the action type
     * @return what ran
     * @throws PropertyFailure if a chain fails
     */
    public static <A> Summary check(StatefulProperty<A> property, PropertySettings settings) {
        long start = System.nanoTime();
        Duration cpuStart = processCpu();
        long actions = 0;
        if (settings.seed().isPresent()) {
            actions = runChain(property, settings.seed().getAsLong(), settings.maxActions());
        } else {
            SplittableRandom seeds = new SplittableRandom();
            for (int i = 0; i < settings.tries(); i++) {
                actions += runChain(property, seeds.nextLong(), settings.maxActions());
            }
        }
        return new Summary(settings.seed().isPresent() ? 1 : settings.tries(), actions,
                (System.nanoTime() - start) / 1_000_000, processCpu().minus(cpuStart).toMillis());
    }

    private static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * The chain a seed draws: its length (from half of {@code maxActions} to all of it: long chains
     * reach deep states, and shrinking makes failures short) and then its actions, all
     * from one {@link SplittableRandom} seeded with {@code seed}.
     *
     * @param property the property
     * @param seed the chain's seed
     * @param maxActions the longest chain
     * @param <A> the action type
     * @return the actions
     */
    public static <A> List<A> chain(StatefulProperty<A> property, long seed, int maxActions) {
        SplittableRandom random = new SplittableRandom(seed);
        int length = maxActions - random.nextInt((maxActions + 1) / 2);
        List<A> actions = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            actions.add(property.nextAction(random, Collections.unmodifiableList(actions)));
        }
        return actions;
    }

    private static <A> int runChain(StatefulProperty<A> property, long seed, int maxActions) {
        List<A> actions = chain(property, seed, maxActions);
        Optional<StepFailure> failure = execute(property, actions);
        if (failure.isPresent()) {
            List<A> shrunk = Shrinker.shrink(property, actions.subList(0, failure.get().step() + 1));
            StepFailure shrunkFailure = execute(property, shrunk).orElseThrow(
                    () -> new IllegalStateException("shrunk chain passed on replay: the property is not deterministic"));
            throw new PropertyFailure(seed, maxActions, actions, failure.get(), shrunk, shrunkFailure);
        }
        return actions.size();
    }

    /** Applies {@code actions} to a fresh run; the first failing step, if any. */
    static <A> Optional<StepFailure> execute(StatefulProperty<A> property, List<A> actions) {
        Consumer<A> run = property.newRun();
        for (int i = 0; i < actions.size(); i++) {
            try {
                run.accept(actions.get(i));
            } catch (RuntimeException | AssertionError failure) {
                return Optional.of(new StepFailure(i, failure));
            }
        }
        return Optional.empty();
    }
}
