package dev.tether.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The harness itself: it detects a failing property, reports a replayable seed, and shrinks. */
class PropertyRunnerTest {
    private sealed interface StackAction {
    }

    private record Push(int value) implements StackAction {
    }

    private record Pop() implements StackAction {
    }

    /**
     * A stack checked against a deliberately wrong model, a queue: they agree until two different
     * values are pushed and one is popped.
     */
    private static final class StackAgainstQueue implements StatefulProperty<StackAction> {
        @Override
        public StackAction nextAction(SplittableRandom random, List<StackAction> earlier) {
            return random.nextInt(3) == 0 ? new Pop() : new Push(random.nextInt(5));
        }

        @Override
        public Consumer<StackAction> newRun() {
            Deque<Integer> stack = new ArrayDeque<>();
            Deque<Integer> wrongModel = new ArrayDeque<>();
            return action -> {
                if (action instanceof Push push) {
                    stack.push(push.value());
                    wrongModel.addLast(push.value());
                } else {
                    assertThat(stack.poll()).as("popped").isEqualTo(wrongModel.pollFirst());
                }
            };
        }
    }

    /** A property that holds: a stack against a stack. */
    private static final class StackAgainstStack implements StatefulProperty<StackAction> {
        private long applied;

        @Override
        public StackAction nextAction(SplittableRandom random, List<StackAction> earlier) {
            return new StackAgainstQueue().nextAction(random, earlier);
        }

        @Override
        public Consumer<StackAction> newRun() {
            Deque<Integer> stack = new ArrayDeque<>();
            Deque<Integer> model = new ArrayDeque<>();
            return action -> {
                applied++;
                if (action instanceof Push push) {
                    stack.push(push.value());
                    model.push(push.value());
                } else {
                    assertThat(stack.poll()).isEqualTo(model.poll());
                }
            };
        }
    }

    @Test
    void aFailingPropertyIsReportedWithItsSeedAndShrunkToThreeActions() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> PropertyRunner.check(new StackAgainstQueue(), new PropertySettings(200, 30, OptionalLong.empty())));

        assertThat(failure).as("the wrong model is caught").isNotNull();
        List<?> shrunk = failure.shrunk();
        assertThat(shrunk).as("1-minimal: push a, push b (b != a), pop").hasSize(3);
        assertThat(shrunk.get(0)).isInstanceOf(Push.class);
        assertThat(shrunk.get(1)).isInstanceOf(Push.class).isNotEqualTo(shrunk.get(0));
        assertThat(shrunk.get(2)).isInstanceOf(Pop.class);
        assertThat(failure.failingStep()).isLessThan(failure.actions().size());
        assertThat(failure.getMessage())
                .contains("seed=" + failure.seed(), "-Dtether.property.seed=" + failure.seed(),
                        "failingStep=" + failure.failingStep(), "shrunk to 3 actions", "original actions:");
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void theReportedSeedReplaysTheSameChainAndTheSameFailure() {
        PropertyFailure first = catchThrowableOfType(PropertyFailure.class,
                () -> PropertyRunner.check(new StackAgainstQueue(), new PropertySettings(200, 30, OptionalLong.empty())));

        assertThat(PropertyRunner.chain(new StackAgainstQueue(), first.seed(), 30)).isEqualTo(first.actions());
        assertThatThrownBy(() -> PropertyRunner.check(new StackAgainstQueue(),
                new PropertySettings(1, 30, OptionalLong.of(first.seed()))))
                .isInstanceOfSatisfying(PropertyFailure.class, replay -> {
                    assertThat(replay.seed()).isEqualTo(first.seed());
                    assertThat(replay.actions()).isEqualTo(first.actions());
                    assertThat(replay.failingStep()).isEqualTo(first.failingStep());
                    assertThat(replay.shrunk()).isEqualTo(first.shrunk());
                });
    }

    @Test
    void aHoldingPropertyRunsEveryChainAndEveryAction() {
        StackAgainstStack property = new StackAgainstStack();
        PropertyRunner.Summary summary = PropertyRunner.check(property, new PropertySettings(300, 20, OptionalLong.empty()));

        assertThat(summary.chains()).isEqualTo(300);
        assertThat(summary.actions()).isEqualTo(property.applied).isBetween(300L * 10, 300L * 20);
    }

    @Test
    void aChainDrawsBetweenHalfAndAllOfTheMaximumNumberOfActions() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(PropertyRunner.chain(new StackAgainstQueue(), seed, 7)).hasSizeBetween(4, 7);
            assertThat(PropertyRunner.chain(new StackAgainstQueue(), seed, 1)).hasSize(1);
        }
    }

    @Test
    void shrinkingStartsFromTheShortestFailingPrefix() {
        List<StackAction> chain = List.of(new Push(1), new Push(2), new Pop(), new Push(3), new Pop());
        assertThat(Shrinker.shrink(new StackAgainstQueue(), chain.subList(0, 3)))
                .containsExactly(new Push(1), new Push(2), new Pop());
        assertThat(PropertyRunner.execute(new StackAgainstQueue(), chain)).get()
                .extracting(StepFailure::step).isEqualTo(2);
    }
}
