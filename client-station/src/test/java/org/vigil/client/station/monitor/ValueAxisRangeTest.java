package org.vigil.client.station.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValueAxisRangeTest {

    @Test
    void aSingleHeartRateGetsAnAxisOfTensNotOfHundredths() {
        ValueAxisRange range = ValueAxisRange.around(List.of(190.0));

        assertThat(range.tick()).isIn(5.0, 10.0);
        assertThat(range.lower()).isLessThanOrEqualTo(190 - 19).isGreaterThanOrEqualTo(150);
        assertThat(range.upper()).isGreaterThanOrEqualTo(190 + 19).isLessThanOrEqualTo(230);
    }

    @Test
    void valuesThatMoveWidelyAreAllInsideWithRoom() {
        ValueAxisRange range = ValueAxisRange.around(List.of(62.0, 148.0, 95.0));

        assertThat(range.lower()).isLessThan(62);
        assertThat(range.upper()).isGreaterThan(148);
        assertThat((range.upper() - range.lower()) / range.tick()).isBetween(6.0, 12.0);
    }

    @Test
    void boundsAreWholeStepsSoTheLabelsAreRound() {
        ValueAxisRange range = ValueAxisRange.around(List.of(36.4, 37.9));

        assertThat(range.lower() / range.tick()).isCloseTo(Math.rint(range.lower() / range.tick()), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(range.upper() / range.tick()).isCloseTo(Math.rint(range.upper() / range.tick()), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(range.lower()).isLessThan(36.4);
        assertThat(range.upper()).isGreaterThan(37.9);
    }

    @Test
    void aVitalNearZeroGetsNoNegativeTicks() {
        ValueAxisRange range = ValueAxisRange.around(List.of(0.0, 1.0));

        assertThat(range.lower()).isZero();
        assertThat(range.upper()).isGreaterThan(1);
    }

    @Test
    void nothingShownLeavesTheAxisToItself() {
        assertThat(ValueAxisRange.around(List.of())).isNull();
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ValueAxisRange.roundStep(0.13)).isEqualTo(0.2);
        assertThat(ValueAxisRange.roundStep(3.0)).isEqualTo(5.0);
        assertThat(ValueAxisRange.roundStep(7.0)).isEqualTo(10.0);
        assertThat(ValueAxisRange.roundStep(100.0)).isEqualTo(100.0);
    }
}
