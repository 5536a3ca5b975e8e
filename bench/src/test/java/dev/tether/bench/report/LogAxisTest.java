package dev.tether.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogAxisTest {
    @Test
    void endsAtTheTicksAroundTheValuesAndTheFloor() {
        LogAxis axis = LogAxis.covering(1.1, 4719, 0, 100);

        assertThat(axis.min()).as("room left of the floor line").isEqualTo(0.5);
        assertThat(axis.max()).isEqualTo(5000.0);
        assertThat(LogAxis.covering(0.3, 1.7, 0, 100).min()).isEqualTo(0.2);
        assertThat(LogAxis.covering(0.3, 1.7, 0, 100).max()).isEqualTo(2.0);
    }

    @Test
    void placesValuesLogarithmically() {
        LogAxis axis = new LogAxis(1, 100, 0, 200);

        assertThat(axis.x(1)).isEqualTo(0.0);
        assertThat(axis.x(10)).isCloseTo(100.0, within(1e-9));
        assertThat(axis.x(100)).isCloseTo(200.0, within(1e-9));
        assertThat(axis.x(1000)).isCloseTo(200.0, within(1e-9));
    }

    @Test
    void ticksAreOneTwoFiveTimesPowersOfTen() {
        assertThat(new LogAxis(0.5, 20, 0, 1).ticks()).containsExactly(0.5, 1.0, 2.0, 5.0, 10.0, 20.0);
        assertThat(RatioChart.tickLabel(0.5)).isEqualTo("0.5x");
        assertThat(RatioChart.tickLabel(20.000000000000004)).isEqualTo("20x");
    }
}
