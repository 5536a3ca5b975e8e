package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkIdTest {
    @Test
    void splitsClassOperationAndImplAtTheLastDotAndUnderscore() {
        assertThat(BenchmarkId.parse("dev.tether.bench.relations.ReverseReadBenchmark.count_sources_floor"))
                .isEqualTo(new BenchmarkId("ReverseReadBenchmark", "count_sources", "floor"));
    }

    @Test
    void onlyTheFloorImplIsTheFloor() {
        assertThat(BenchmarkId.parse("a.B.getById_floor").isFloor()).isTrue();
        assertThat(BenchmarkId.parse("a.B.getById_tether").isFloor()).isFalse();
    }

    @Test
    void refusesANameWithoutAnImpl() {
        assertThatThrownBy(() -> BenchmarkId.parse("a.B.getById"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("benchmark=a.B.getById");
        assertThatThrownBy(() -> BenchmarkId.parse("a.B.getById_"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
