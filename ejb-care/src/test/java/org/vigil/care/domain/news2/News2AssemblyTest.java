package org.vigil.care.domain.news2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.patient.Spo2Scale;
import org.vigil.care.domain.series.LatestValue;

class News2AssemblyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final News2Assembly assembly = new News2Assembly(News2Assembly.DEFAULT_MAX_AGE);

    private static LatestValue v(VitalKind kind, double value, Duration ago) {
        return new LatestValue(kind, value, NOW.minus(ago), 1);
    }

    @Test
    void currentValuesAndTheNursesAssessmentMakeACompleteInput() {
        Map<VitalKind, LatestValue> latest = Map.of(
                VitalKind.RESPIRATORY_RATE, v(VitalKind.RESPIRATORY_RATE, 18, Duration.ofMinutes(20)),
                VitalKind.SPO2, v(VitalKind.SPO2, 96, Duration.ofMinutes(1)),
                VitalKind.SYSTOLIC_PRESSURE, v(VitalKind.SYSTOLIC_PRESSURE, 132, Duration.ofMinutes(14)),
                VitalKind.HEART_RATE, v(VitalKind.HEART_RATE, 77, Duration.ofSeconds(1)),
                VitalKind.BODY_TEMPERATURE, v(VitalKind.BODY_TEMPERATURE, 37.2, Duration.ofMinutes(29)));
        ClinicalAssessment nurse = new ClinicalAssessment(UUID.randomUUID(), NOW.minus(Duration.ofMinutes(20)), Consciousness.ALERT, false, UUID.randomUUID());

        News2Input in = assembly.assemble(latest, Optional.of(nurse), Spo2Scale.SCALE_1, NOW);

        assertThat(in).isEqualTo(new News2Input(18.0, 96.0, Spo2Scale.SCALE_1, false, 132.0, 77.0, Consciousness.ALERT, 37.2));
        assertThat(new News2Calculator().score(in).partial()).isFalse();
    }

    @Test
    void valuesOlderThanTheWindowCountAsMissing() {
        Map<VitalKind, LatestValue> latest = Map.of(
                VitalKind.SPO2, v(VitalKind.SPO2, 96, Duration.ofMinutes(61)),
                VitalKind.HEART_RATE, v(VitalKind.HEART_RATE, 77, Duration.ofMinutes(60)));
        ClinicalAssessment yesterday = new ClinicalAssessment(UUID.randomUUID(), NOW.minus(Duration.ofHours(20)), Consciousness.ALERT, false, UUID.randomUUID());

        News2Input in = assembly.assemble(latest, Optional.of(yesterday), Spo2Scale.SCALE_1, NOW);

        assertThat(in.spo2()).isNull();
        assertThat(in.pulse()).isEqualTo(77.0);
        assertThat(in.consciousness()).isNull();
        assertThat(in.supplementalOxygen()).isNull();
    }

    @Test
    void thePulseIsTheNewerOfTheWatchsHeartRateAndTheCuffsPulse() {
        Map<VitalKind, LatestValue> latest = Map.of(
                VitalKind.HEART_RATE, v(VitalKind.HEART_RATE, 77, Duration.ofMinutes(3)),
                VitalKind.PULSE_RATE, v(VitalKind.PULSE_RATE, 81, Duration.ofMinutes(1)));

        assertThat(assembly.assemble(latest, Optional.empty(), Spo2Scale.SCALE_1, NOW).pulse()).isEqualTo(81.0);
    }
}
