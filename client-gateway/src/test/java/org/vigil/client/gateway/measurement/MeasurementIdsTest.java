package org.vigil.client.gateway.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MeasurementIdsTest {

    private static final Optional<LocalDateTime> AT = Optional.of(LocalDateTime.of(2026, 11, 24, 8, 30));

    @Test
    void aStoredMeasurementSentAgainKeepsItsId() {
        Reading reading = new Reading(Kind.SYSTOLIC_PRESSURE, 132, AT);
        assertThat(MeasurementIds.of("AA:BB:CC:DD:EE:FF", reading))
                .isEqualTo(MeasurementIds.of("AA:BB:CC:DD:EE:FF", new Reading(Kind.SYSTOLIC_PRESSURE, 132, AT)));
    }

    @Test
    void anythingThatDiffersGivesAnotherId() {
        Reading reading = new Reading(Kind.SYSTOLIC_PRESSURE, 132, AT);
        assertThat(MeasurementIds.of("AA:BB:CC:DD:EE:FF", reading))
                .isNotEqualTo(MeasurementIds.of("AA:BB:CC:DD:EE:00", reading))
                .isNotEqualTo(MeasurementIds.of("AA:BB:CC:DD:EE:FF", new Reading(Kind.DIASTOLIC_PRESSURE, 132, AT)))
                .isNotEqualTo(MeasurementIds.of("AA:BB:CC:DD:EE:FF", new Reading(Kind.SYSTOLIC_PRESSURE, 133, AT)));
    }

    @Test
    void liveReadingsGetFreshIds() {
        Reading live = Reading.of(Kind.HEART_RATE, 72);
        assertThat(MeasurementIds.of("AA:BB:CC:DD:EE:FF", live)).isNotEqualTo(MeasurementIds.of("AA:BB:CC:DD:EE:FF", live));
    }
}
