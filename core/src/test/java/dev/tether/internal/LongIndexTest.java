package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.Ids;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A one-to-one relation's reverse index: ids to ids, {@link Ids#NONE} for "none" (invariants P1 to P4). */
class LongIndexTest {
    private final LongIndex index = new LongIndex(0);

    @AfterEach
    void invariantsHold() {
        assertThat(index.checkInvariants()).isNull();
    }

    @Test
    void agreesWithAHashMapAfterEveryStep() {
        OpenHashLockstep.check(() -> new OpenHashLockstep.Subject() {
            private final LongIndex subject = new LongIndex(0);

            @Override
            public Long put(long key, long value) {
                return orNull(subject.put(key, value));
            }

            @Override
            public Long remove(long key) {
                return orNull(subject.remove(key));
            }

            @Override
            public Long get(long key) {
                return orNull(subject.get(key));
            }

            @Override
            public Map<Long, Long> entries() {
                Map<Long, Long> entries = new HashMap<>();
                for (long key : subject.keys) {
                    if (key != Ids.NONE) {
                        entries.put(key, subject.get(key));
                    }
                }
                return entries;
            }

            @Override
            public OpenHashKeys keys() {
                return subject;
            }
        });
    }

    private static Long orNull(long value) {
        return value == Ids.NONE ? null : value;
    }

    @Test
    void noneIsNeitherAKeyNorAValueAndRefusalsChangeNothing() {
        assertThat(index.put(3, 30)).isEqualTo(Ids.NONE);
        assertThat(index.put(3, 31)).isEqualTo(30);
        assertThatThrownBy(() -> index.put(Ids.NONE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=" + Ids.NONE + " value=1");
        assertThatThrownBy(() -> index.put(4, Ids.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key=4 value=" + Ids.NONE);
        assertThat(index.get(Ids.NONE)).isEqualTo(Ids.NONE);
        assertThat(index.get(4)).isEqualTo(Ids.NONE);
        assertThat(index.remove(Ids.NONE)).isEqualTo(Ids.NONE);
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.remove(3)).isEqualTo(31);
        assertThat(index.get(3)).isEqualTo(Ids.NONE);
    }
}
