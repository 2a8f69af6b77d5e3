package org.vigil.care.domain.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vigil.care.domain.series.ChartPlan.Minutes;
import org.vigil.care.domain.series.ChartPlan.Span;

class ChartPlanTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final long M0 = T0.getEpochSecond() / 60;

    @Test
    void aRangeOfWholeMinutesIsReadFromTheRollupsAlone() {
        ChartPlan plan = ChartPlan.of(T0, T0.plus(Duration.ofHours(24)), Duration.ofMinutes(5));

        assertThat(plan.raw()).isEmpty();
        assertThat(plan.minutes()).contains(new Minutes(M0, M0 + 1440));
    }

    @Test
    void raggedEdgesAreReadFromTheValuesUpToTheFirstAndFromTheLastWholeMinute() {
        Instant from = T0.plusSeconds(17);
        Instant to = T0.plusSeconds(3 * 60 + 5).plusNanos(1000);

        ChartPlan plan = ChartPlan.of(from, to, Duration.ofMinutes(1));

        assertThat(plan.raw()).containsExactly(new Span(from, T0.plusSeconds(60)), new Span(T0.plusSeconds(180), to));
        assertThat(plan.minutes()).contains(new Minutes(M0 + 1, M0 + 3));
    }

    @Test
    void aFractionOfASecondPastAMinuteLeavesThatWholeMinuteToTheValues() {
        Instant from = T0.plusNanos(1000);

        ChartPlan plan = ChartPlan.of(from, T0.plusSeconds(600), Duration.ofMinutes(1));

        assertThat(plan.raw()).containsExactly(new Span(from, T0.plusSeconds(60)));
        assertThat(plan.minutes()).contains(new Minutes(M0 + 1, M0 + 10));
    }

    @Test
    void bucketsShorterThanAMinuteOrNotWholeMinutesReadTheValues() {
        for (Duration width : List.of(Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofSeconds(90), Duration.ofMillis(60_500))) {
            ChartPlan plan = ChartPlan.of(T0, T0.plus(Duration.ofHours(2)), width);

            assertThat(plan.raw()).as(width.toString()).containsExactly(new Span(T0, T0.plus(Duration.ofHours(2))));
            assertThat(plan.minutes()).isEmpty();
        }
    }

    @Test
    void aRangeHoldingNoWholeMinuteReadsTheValues() {
        Instant from = T0.plusSeconds(10);
        Instant to = T0.plusSeconds(110);

        assertThat(ChartPlan.of(from, to, Duration.ofMinutes(1))).isEqualTo(new ChartPlan(List.of(new Span(from, to)), Optional.empty()));
        assertThat(ChartPlan.of(to, from, Duration.ofMinutes(1)).minutes()).as("an inverted range").isEmpty();
    }

    @Test
    void minutesBeforeTheEpochRoundDownNotTowardsZero() {
        Instant from = Instant.EPOCH.minusSeconds(90);

        ChartPlan plan = ChartPlan.of(from, Instant.EPOCH.plusSeconds(60), Duration.ofMinutes(1));

        assertThat(plan.raw()).containsExactly(new Span(from, Instant.EPOCH.minusSeconds(60)));
        assertThat(plan.minutes()).contains(new Minutes(-1, 1));
    }
}
