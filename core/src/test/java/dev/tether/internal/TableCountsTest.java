package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tether.DeleteResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store's compact delete counts behave as the ordered, immutable map DeleteResult promises. */
class TableCountsTest {
    private final TableCounts counts = new TableCounts(new String[] {"users", "profiles"}, new long[] {1, 2});

    @Test
    void keepsItsOrderAndEqualsAnOrdinaryMap() {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("users", 1L);
        expected.put("profiles", 2L);
        assertThat(counts).containsExactly(Map.entry("users", 1L), Map.entry("profiles", 2L));
        assertThat(counts).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(counts);
        assertThat(counts.get("avatars")).isNull();
        assertThat(counts).hasToString("{users=1, profiles=2}");
        assertThat(new DeleteResult(3, counts)).isEqualTo(new DeleteResult(3, expected));
    }

    @Test
    void cannotBeChanged() {
        assertThatThrownBy(() -> counts.put("users", 5L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> counts.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> counts.entrySet().iterator().next().setValue(9L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new DeleteResult(3, counts).perTable()).isSameAs(counts);
    }
}
