package org.vigil.care.domain.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();

    private final ObservationValidator validator = new ObservationValidator(ClockSkewPolicy.DEFAULT);

    private Validated validate(String kind, Double value, String unit, Instant measuredAt) {
        return validator.validate(new ObservationInput(UUID.randomUUID(), kind, value, unit, measuredAt, "AA:BB:CC:DD:EE:FF"),
                PATIENT, "gateway-7", NOW);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "heart-rate, 72, /min", "rr-interval, 830, ms", "systolic-pressure, 128, mm[Hg]",
            "diastolic-pressure, 81, mm[Hg]", "mean-pressure, 97, mm[Hg]", "pulse-rate, 70, /min",
            "body-temperature, 36.8, Cel", "ambient-temperature, 21.5, Cel", "ambient-pressure, 101325, Pa",
            "steps, 4200, {steps}", "spo2, 97, %", "respiratory-rate, 16, /min"})
    void everyKindTheGatewaySendsIsAcceptedInItsUcumUnit(String kind, double value, String unit) {
        Validated v = validate(kind, value, unit, NOW.minusSeconds(30));

        assertThat(v.rejection()).isEmpty();
        NewObservation o = v.observation().orElseThrow();
        assertThat(o.kind().code()).isEqualTo(kind);
        assertThat(o.value()).isEqualTo(value);
        assertThat(o.patientId()).isEqualTo(PATIENT);
        assertThat(o.gatewayClient()).isEqualTo("gateway-7");
        assertThat(o.receivedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "pulse          | 72     | /min    | unknown kind 'pulse'",
            "heart-rate     | 72     | bpm     | heart-rate must be in UCUM unit /min, not 'bpm'",
            "body-temperature | 98.6 | [degF]  | body-temperature must be in UCUM unit Cel",
            "systolic-pressure | 120 | mmHg    | must be in UCUM unit mm[Hg]",
            "heart-rate     | 0      | /min    | heart-rate 0.0 /min is impossible (accepted: 20 to 300)",
            "heart-rate     | 301    | /min    | is impossible",
            "spo2           | 101    | %       | spo2 101.0 % is impossible",
            "body-temperature | 52   | Cel     | is impossible",
            "steps          | 10.5   | {steps} | whole numbers",
            "ambient-pressure | 1013 | Pa      | is impossible"})
    void wrongKindsUnitsAndImpossibleValuesAreRejectedWithTheReason(String kind, double value, String unit, String reason) {
        assertThat(validate(kind, value, unit, NOW).rejection()).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @Test
    void theBoundsOfTheRangeAreThemselvesPossible() {
        assertThat(validate("heart-rate", 20.0, "/min", NOW).accepted()).isTrue();
        assertThat(validate("heart-rate", 300.0, "/min", NOW).accepted()).isTrue();
        assertThat(validate("heart-rate", 19.9, "/min", NOW).accepted()).isFalse();
    }

    @Test
    void missingOrNonFiniteValuesAreRejected() {
        assertThat(validate("heart-rate", null, "/min", NOW).rejection()).hasValue("value is missing or not a number");
        assertThat(validate("heart-rate", Double.NaN, "/min", NOW).rejection()).hasValue("value is missing or not a number");
        assertThat(validate(null, 72.0, "/min", NOW).rejection()).hasValue("kind is missing");
        assertThat(validate("heart-rate", 72.0, null, NOW).rejection()).hasValueSatisfying(r -> assertThat(r).contains("not none"));
        assertThat(validate("heart-rate", 72.0, "/min", null).rejection()).hasValue("measuredAt is missing");
        assertThat(validator.validate(new ObservationInput(null, "heart-rate", 72.0, "/min", NOW, null), PATIENT, "g", NOW)
                .rejection()).hasValue("measurementId is missing");
    }

    @Test
    void aTimeAheadOfTheServerBeyondTheSkewIsRejectedWithinItAccepted() {
        assertThat(validate("heart-rate", 72.0, "/min", NOW.plus(Duration.ofMinutes(5))).accepted()).isTrue();
        assertThat(validate("heart-rate", 72.0, "/min", NOW.plus(Duration.ofMinutes(5)).plusSeconds(1)).rejection())
                .hasValueSatisfying(r -> assertThat(r).contains("301 s ahead of the server's clock"));
    }

    @Test
    void aTimeFromAnUnsetDeviceClockIsRejectedButDaysOfOutboxBacklogAreNot() {
        assertThat(validate("systolic-pressure", 130.0, "mm[Hg]", NOW.minus(Duration.ofDays(12))).accepted()).isTrue();
        assertThat(validate("systolic-pressure", 130.0, "mm[Hg]", Instant.parse("2000-01-01T00:00:00Z")).rejection())
                .hasValueSatisfying(r -> assertThat(r).contains("older than 30 days"));
    }

    @Test
    void anAbsurdlyLongDeviceNameIsRejected() {
        Validated v = validator.validate(new ObservationInput(UUID.randomUUID(), "heart-rate", 72.0, "/min", NOW, "x".repeat(65)),
                PATIENT, "g", NOW);
        assertThat(v.rejection()).hasValue("device is longer than 64 characters");
    }

    @Test
    void ambientReadingsAreTheirOwnKindsNeverBodyTemperatureOrBloodPressure() {
        assertThat(validate("ambient-temperature", 21.0, "Cel", NOW).observation().orElseThrow().kind()).isEqualTo(VitalKind.AMBIENT_TEMPERATURE);
        assertThat(validate("ambient-pressure", 98000.0, "Pa", NOW).observation().orElseThrow().kind()).isEqualTo(VitalKind.AMBIENT_PRESSURE);
        assertThat(validate("body-temperature", 21.0, "Cel", NOW).accepted()).as("a room's temperature is no body's").isFalse();
    }
}
