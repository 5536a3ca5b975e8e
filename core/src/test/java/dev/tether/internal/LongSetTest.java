package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.Ids;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A multimap's big group: a set of ids, never {@link Ids#NONE} (invariants P1 to P4). */
class LongSetTest {
    private final LongSet set = new LongSet(0);

    @AfterEach
    void invariantsHold() {
        assertThat(set.checkInvariants()).isNull();
    }

    @Test
    void agreesWithAHashMapOfEachValueToItselfAfterEveryStep() {
        OpenHashLockstep.check(() -> new OpenHashLockstep.Subject() {
            private final LongSet subject = new LongSet(0);

            @Override
            public Long put(long key, long value) {
                return subject.add(key) ? null : key;
            }

            @Override
            public Long remove(long key) {
                return subject.remove(key) ? key : null;
            }

            @Override
            public Long get(long key) {
                return subject.contains(key) ? key : null;
            }

            @Override
            public Map<Long, Long> entries() {
                Map<Long, Long> entries = new HashMap<>();
                subject.forEachKey(value -> entries.put(value, value));
                assertThat(subject.toArray()).containsExactlyInAnyOrder(entries.keySet().stream().mapToLong(Long::longValue).toArray());
                return entries;
            }

            @Override
            public OpenHashKeys keys() {
                return subject;
            }
        }, true);
    }

    @Test
    void noneIsNeverAValueAndItsRefusalChangesNothing() {
        assertThat(set.add(7)).isTrue();
        assertThat(set.add(7)).isFalse();
        assertThatThrownBy(() -> set.add(Ids.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value=" + Ids.NONE);
        assertThat(set.contains(Ids.NONE)).isFalse();
        assertThat(set.remove(Ids.NONE)).isFalse();
        assertThat(set.size()).isEqualTo(1);
        assertThat(set.remove(7)).isTrue();
        assertThat(set.contains(7)).isFalse();
        assertThat(set.toArray()).isEmpty();
    }
}
