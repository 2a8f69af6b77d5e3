package org.vigil.care.domain.stale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class StaleDataCheckTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();

    @Test
    void onlySourcesSilentPastTheirLimitAreDue() {
        List<SilenceWatch> watches = List.of(
                new SilenceWatch(ANNA, SilenceLimit.GATEWAY, Duration.ofMinutes(15), NOW.minus(Duration.ofMinutes(16))),
                new SilenceWatch(ANNA, "heart-rate", Duration.ofMinutes(10), NOW.minus(Duration.ofMinutes(10))),
                new SilenceWatch(BEN, "spo2", Duration.ofMinutes(30), NOW.minus(Duration.ofMinutes(45))),
                new SilenceWatch(BEN, "heart-rate", Duration.ofMinutes(10), NOW.minusSeconds(2)));

        List<StaleData> due = StaleDataCheck.due(watches, NOW);

        assertThat(due).extracting(StaleData::patientId, StaleData::condition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ANNA, "stale:*"), org.assertj.core.groups.Tuple.tuple(BEN, "stale:spo2"));
        assertThat(due.get(0).message()).isEqualTo("nothing from the gateway for 16 min (since 2026-11-24T09:44:00Z)");
        assertThat(due.get(1).silentFor()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void theNextDueTimeIsTheEarliestLimitStillAhead() {
        List<SilenceWatch> watches = List.of(
                new SilenceWatch(ANNA, "heart-rate", Duration.ofMinutes(10), NOW.minus(Duration.ofMinutes(8))),
                new SilenceWatch(BEN, "heart-rate", Duration.ofMinutes(10), NOW.minus(Duration.ofMinutes(3))),
                new SilenceWatch(BEN, "spo2", Duration.ofMinutes(10), NOW.minus(Duration.ofMinutes(30))));

        assertThat(StaleDataCheck.nextDue(watches, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(StaleDataCheck.nextDue(List.of(), NOW)).isNull();
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> new SilenceLimit(ANNA, "spo2", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SilenceLimit(ANNA, "spo2", Duration.ofMinutes(30)).maxSilence()).isEqualTo(Duration.ofMinutes(30));
    }
}
