package dev.tether.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shrinks a failing chain: it starts from the shortest failing prefix (a chain stops at its first
 * failing step, so the prefix up to it is the shortest), then drops single actions, last first,
 * keeping each removal after which the chain still fails (cut again to its failing prefix), and
 * repeats until no single action can go. The result is 1-minimal: removing any one action makes
 * it pass. Costs O(n^2) replays of at most n actions.
 */
final class Shrinker {
    private Shrinker() {
    }

    static <A> List<A> shrink(StatefulProperty<A> property, List<A> failingPrefix) {
        List<A> current = new ArrayList<>(failingPrefix);
        boolean shrunk = true;
        while (shrunk) {
            shrunk = false;
            for (int i = current.size() - 1; i >= 0; i--) {
                List<A> candidate = new ArrayList<>(current);
                candidate.remove(i);
                Optional<StepFailure> failure = PropertyRunner.execute(property, candidate);
                if (failure.isPresent()) {
                    current = new ArrayList<>(candidate.subList(0, failure.get().step() + 1));
                    i = Math.min(i, current.size());
                    shrunk = true;
                }
            }
        }
        return current;
    }
}
