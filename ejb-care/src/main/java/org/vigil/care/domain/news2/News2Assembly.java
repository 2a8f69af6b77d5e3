package org.vigil.care.domain.news2;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.patient.Spo2Scale;
import org.vigil.care.domain.series.LatestValue;

/**
 * Gathers a NEWS2 input from a patient's latest values and the latest bedside assessment. A value
 * older than {@code maxAge} is not current and counts as missing, so a score is never built from
 * a morning's saturation and an evening's pulse. The pulse is the newer of heart rate and pulse
 * rate (watch or cuff).
 */
public final class News2Assembly {

    /** One hour: NEWS2 asks for at least hourly observations once a patient scores 5 or more. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

    private final Duration maxAge;

    public News2Assembly(Duration maxAge) {
        this.maxAge = maxAge;
    }

    public News2Input assemble(Map<VitalKind, LatestValue> latest, Optional<ClinicalAssessment> assessment, Spo2Scale scale, Instant now) {
        Optional<ClinicalAssessment> current = assessment.filter(a -> fresh(a.assessedAt(), now));
        Double pulse = Stream.of(latest.get(VitalKind.HEART_RATE), latest.get(VitalKind.PULSE_RATE))
                .filter(v -> v != null && fresh(v.measuredAt(), now))
                .max((a, b) -> a.measuredAt().compareTo(b.measuredAt()))
                .map(LatestValue::value)
                .orElse(null);
        return new News2Input(value(latest, VitalKind.RESPIRATORY_RATE, now), value(latest, VitalKind.SPO2, now), scale,
                current.map(ClinicalAssessment::supplementalOxygen).orElse(null),
                value(latest, VitalKind.SYSTOLIC_PRESSURE, now), pulse,
                current.map(ClinicalAssessment::consciousness).orElse(null),
                value(latest, VitalKind.BODY_TEMPERATURE, now));
    }

    private Double value(Map<VitalKind, LatestValue> latest, VitalKind kind, Instant now) {
        LatestValue v = latest.get(kind);
        return v != null && fresh(v.measuredAt(), now) ? v.value() : null;
    }

    private boolean fresh(Instant t, Instant now) {
        return !t.isBefore(now.minus(maxAge));
    }
}
