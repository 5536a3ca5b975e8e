package dev.tether;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tether.model.Action;
import dev.tether.model.ActionGenerator;
import dev.tether.model.Blueprint;
import dev.tether.model.Lockstep;
import dev.tether.property.PropertyRunner;
import dev.tether.property.PropertySettings;
import dev.tether.property.StatefulProperty;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issues 2 and 3: random chains of inserts (explicit and auto ids), updates, deletes under every
 * on-delete rule and many-to-many writes, on {@link Blueprint#social()}, applied to the store and
 * to the naive reference model in lockstep. After every action, {@link Lockstep} checks the
 * outcome, the invariants, every row and link in both directions, the next auto ids, and that a
 * refused action changed nothing. Longer: {@code -Dtether.property.tries=20000}; replay a
 * reported failure: {@code -Dtether.property.seed=...}.
 */
class StorePropertiesTest {
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @Test
    void theStoreAgreesWithTheReferenceModelAfterEveryAction() {
        Blueprint blueprint = Blueprint.social();
        ActionGenerator actions = new ActionGenerator(blueprint);
        PropertySettings settings = PropertySettings.fromSystemProperties();
        PropertyRunner.Summary summary = PropertyRunner.check(new StatefulProperty<Action>() {
            @Override
            public Action nextAction(SplittableRandom random, List<Action> earlier) {
                return actions.next(random, earlier);
            }

            @Override
            public Consumer<Action> newRun() {
                Lockstep lockstep = new Lockstep(blueprint, outcomes);
                return action -> count(action, lockstep.apply(action));
            }
        }, settings);
        System.out.println("StorePropertiesTest: " + summary + " outcomes=" + outcomes);
        if (settings.seed().isEmpty() && summary.actions() >= 10_000) {
            // Only outcomes a default run meets dozens of times or more, so this cannot fail by chance;
            // the rarer ones (an update onto a taken through pair, RESTRICT allowed by a cascade, a
            // cascade cycle, a SET_DEFAULT onto a claimed target) are in the printed counts.
            assertThat(outcomes).as("the chains reach every frequent refusal and every write's success")
                    .containsKeys("Delete ok", "Delete ProtectedException", "Delete RestrictedException",
                            "Delete MissingTargetException", "Insert DuplicateIdException", "Insert InvalidRowException",
                            "Insert MissingTargetException", "Insert NullForeignKeyException",
                            "Insert UniqueViolationException", "Insert DuplicateLinkException", "InsertAuto ok",
                            "InsertAuto InvalidRowException", "Update ok", "Update NoSuchRowException", "Link ok",
                            "Link NoSuchRowException", "Link MissingTargetException", "Link UnsupportedWriteException",
                            "SetLinks ok", "Unlink ok", "ClearLinks ok", "SET_NULL rewrote a row",
                            "SET_DEFAULT rewrote a row");
        }
    }

    private void count(Action action, TetherException refusal) {
        String key = action.getClass().getSimpleName() + " " + (refusal == null ? "ok" : refusal.getClass().getSimpleName());
        outcomes.merge(key, 1, Integer::sum);
    }
}
