package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tether.property.PropertyRunner;
import dev.tether.property.PropertySettings;
import dev.tether.property.StatefulProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The lockstep property of an {@link OpenHashKeys} map against a {@link HashMap}: random puts,
 * removes and presizes on keys that stress linear probing, and after every step the same
 * answers, the same entries, and invariants P1 to P4. A set takes part as the map of each of its
 * values to itself.
 */
final class OpenHashLockstep {
    private OpenHashLockstep() {
    }

    /** The map under test, seen through what the property needs. */
    interface Subject {
        /** @return the value it replaced, or null */
        Long put(long key, long value);

        /** @return the value it removed, or null */
        Long remove(long key);

        /** @return the value, or null */
        Long get(long key);

        /** Presizes the subject, as its own {@code ensureCapacity} does. */
        default void ensureCapacity(int entries) {
            keys().ensureCapacity(entries);
        }

        /** @return every entry, read by iterating the map */
        Map<Long, Long> entries();

        OpenHashKeys keys();
    }

    /** One step: a put, a remove or a presize. */
    private record Step(String kind, long key, int entries) {
        @Override
        public String toString() {
            return kind + "(key=" + key + (kind.equals("presize") ? " entries=" + entries : "") + ")";
        }
    }

    /**
     * Keys that stress linear probing: a few sequential ids, multiples of 2^20 (equal low bits),
     * the extremes next to the reserved id, and random ones.
     */
    private static long poolKey(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt(40);
            case 1 -> (long) random.nextInt(40) << 20;
            case 2 -> Long.MAX_VALUE - random.nextInt(4);
            case 3 -> Long.MIN_VALUE + 1 + random.nextInt(4);
            default -> random.nextLong() | 1;
        };
    }

    /** Runs the property on fresh maps from {@code newSubject}, each put a new value; throws on the first disagreement. */
    static void check(Supplier<Subject> newSubject) {
        check(newSubject, false);
    }

    /**
     * Runs the property on fresh subjects from {@code newSubject}; throws on the first
     * disagreement. With {@code valueIsKey} every put stores the key as its value (a set);
     * otherwise a new value each time, so that a replaced value shows.
     */
    static void check(Supplier<Subject> newSubject, boolean valueIsKey) {
        PropertySettings defaults = PropertySettings.fromSystemProperties();
        PropertySettings settings = new PropertySettings(defaults.tries(), 200, defaults.seed());
        PropertyRunner.check(new StatefulProperty<Step>() {
            @Override
            public Step nextAction(SplittableRandom random, List<Step> earlier) {
                boolean reuse = !earlier.isEmpty() && random.nextInt(3) > 0;
                long key = reuse ? earlier.get(random.nextInt(earlier.size())).key() : poolKey(random);
                int draw = random.nextInt(20);
                return draw < 12 ? new Step("put", key, 0)
                        : draw < 19 ? new Step("remove", key, 0)
                        : new Step("presize", key, random.nextInt(100));
            }

            @Override
            public Consumer<Step> newRun() {
                Subject subject = newSubject.get();
                Map<Long, Long> reference = new HashMap<>();
                long[] version = {1};
                return step -> {
                    switch (step.kind()) {
                        case "put" -> {
                            long value = valueIsKey ? step.key() : version[0]++;
                            assertThat(subject.put(step.key(), value)).as("put's previous")
                                    .isEqualTo(reference.put(step.key(), value));
                        }
                        case "remove" -> assertThat(subject.remove(step.key())).as("removed")
                                .isEqualTo(reference.remove(step.key()));
                        default -> subject.ensureCapacity(step.entries());
                    }
                    assertThat(subject.keys().checkInvariants()).isNull();
                    assertThat(subject.keys().size()).isEqualTo(reference.size());
                    reference.forEach((key, value) -> assertThat(subject.get(key)).as("get key=%d", key).isEqualTo(value));
                    assertThat(subject.get(step.key())).isEqualTo(reference.get(step.key()));
                    assertThat(subject.entries()).isEqualTo(reference);
                };
            }
        }, settings);
    }
}
