package dev.tether.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The compact multimap: one value inline, more in a set, and back (invariants M1 to M4). */
class LongMultimapTest {
    private final LongMultimap map = new LongMultimap();

    @AfterEach
    void invariantsHold() {
        assertThat(map.checkInvariants()).isNull();
    }

    private Object field(String name) throws ReflectiveOperationException {
        Field f = LongMultimap.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(map);
    }

    @Test
    void oneValueIsInlineAndCostsNoSet() throws ReflectiveOperationException {
        assertThat(map.put(1, 10)).isTrue();
        assertThat(map.put(1, 10)).isFalse();
        assertThat(((LongLongHashMap) field("single")).size()).isEqualTo(1);
        assertThat(((LongObjectHashMap<?>) field("many")).size()).isZero();
        assertThat(map.count(1)).isEqualTo(1);
        assertThat(map.contains(1, 10)).isTrue();
        assertThat(map.contains(1, 11)).isFalse();
        assertThat(map.size()).isEqualTo(1);
    }

    @Test
    void growsIntoASetAndShrinksBack() throws ReflectiveOperationException {
        for (long v = 0; v < 100; v++) {
            assertThat(map.put(7, v)).isTrue();
        }
        assertThat(((LongObjectHashMap<?>) field("many")).size()).isEqualTo(1);
        assertThat(map.count(7)).isEqualTo(100);
        LongArrayList seen = new LongArrayList();
        map.forEach(7, seen::add);
        assertThat(seen.size()).isEqualTo(100);
        for (long v = 0; v < 99; v++) {
            assertThat(map.remove(7, v)).isTrue();
        }
        assertThat(map.remove(7, 0)).isFalse();
        assertThat(((LongObjectHashMap<?>) field("many")).size()).isZero();
        assertThat(map.values(7)).containsExactly(99);
        assertThat(map.remove(7, 99)).isTrue();
        assertThat(map.count(7)).isZero();
        assertThat(map.values(7)).isEmpty();
        assertThat(map.size()).isZero();
    }

    @Test
    void checkerReportsABrokenCount() throws ReflectiveOperationException {
        map.put(1, 2);
        Field size = LongMultimap.class.getDeclaredField("size");
        size.setAccessible(true);
        size.setLong(map, 5);
        assertThat(map.checkInvariants()).startsWith("M3");
        size.setLong(map, 1);
    }
}
