package org.vigil.client.gateway.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DeviceClockTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void withoutADeviceTimeTheReadingIsTimedOnReceipt() {
        assertThat(new DeviceClock(PARIS).measuredAt(Optional.empty(), NOW)).isEqualTo(NOW);
    }

    @Test
    void aSlowDeviceClockIsCorrectedByItsOffset() {
        DeviceClock clock = new DeviceClock(PARIS);
        // the cuff is set to Paris time (UTC+1 in November) and runs 3 min 20 s slow
        clock.synchronise(LocalDateTime.of(2026, 11, 24, 10, 56, 40), NOW);

        // stored measurement taken "08:30:00" on the cuff's clock, uploaded at the next connect
        Instant measuredAt = clock.measuredAt(Optional.of(LocalDateTime.of(2026, 11, 24, 8, 30, 0)), NOW);

        assertThat(measuredAt).isEqualTo(Instant.parse("2026-11-24T07:33:20Z"));
        assertThat(clock.offset()).contains(Duration.ofHours(-1).plusMinutes(3).plusSeconds(20));
    }

    @Test
    void aDeviceSetToUtcIsCorrectedToo() {
        DeviceClock clock = new DeviceClock(PARIS);
        clock.synchronise(LocalDateTime.of(2026, 11, 24, 10, 0, 0), NOW);
        assertThat(clock.measuredAt(Optional.of(LocalDateTime.of(2026, 11, 24, 9, 15, 0)), NOW))
                .isEqualTo(Instant.parse("2026-11-24T09:15:00Z"));
    }

    @Test
    void untilSynchronisedADeviceTimeIsLocalTimeInTheGatewaysZone() {
        DeviceClock clock = new DeviceClock(PARIS);
        assertThat(clock.offset()).isEmpty();
        assertThat(clock.measuredAt(Optional.of(LocalDateTime.of(2026, 11, 24, 9, 15, 0)), NOW))
                .isEqualTo(Instant.parse("2026-11-24T08:15:00Z"));
    }

    @Test
    void aTimeStampWithoutItsYearTakesTheGatewaysYear() {
        DeviceClock clock = new DeviceClock(PARIS);

        assertThat(clock.measuredAt(Optional.of(LocalDateTime.of(0, 11, 24, 9, 15, 0)), NOW))
                .isEqualTo(Instant.parse("2026-11-24T08:15:00Z"));
    }

    @Test
    void aYearlessTimeStampOfLateDecemberReceivedInJanuaryIsLastYears() {
        DeviceClock clock = new DeviceClock(PARIS);
        Instant newYear = Instant.parse("2027-01-01T08:00:00Z");

        assertThat(clock.measuredAt(Optional.of(LocalDateTime.of(0, 12, 31, 22, 0, 0)), newYear))
                .isEqualTo(Instant.parse("2026-12-31T21:00:00Z"));
    }

    @Test
    void aDeviceWhoseCurrentTimeHasNoYearIsStillSynchronised() {
        DeviceClock clock = new DeviceClock(PARIS);
        // the cuff's clock shows Paris time without a year, 3 min 20 s slow
        clock.synchronise(LocalDateTime.of(0, 11, 24, 10, 56, 40), NOW);

        assertThat(clock.offset()).contains(Duration.ofHours(-1).plusMinutes(3).plusSeconds(20));
        assertThat(clock.measuredAt(Optional.of(LocalDateTime.of(0, 11, 24, 8, 30, 0)), NOW))
                .isEqualTo(Instant.parse("2026-11-24T07:33:20Z"));
    }

    @Test
    void aTimeInTheFutureIsClampedToReceipt() {
        DeviceClock clock = new DeviceClock(PARIS);
        clock.synchronise(LocalDateTime.of(2026, 11, 24, 10, 0, 0), NOW.minusSeconds(3600));
        assertThat(clock.measuredAt(Optional.of(LocalDateTime.of(2026, 11, 24, 12, 0, 0)), NOW)).isEqualTo(NOW);
    }
}
