package org.vigil.care.domain.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.patient.Spo2Scale;

class ThresholdCheckTest {

    private static ThresholdCheck defaults(Period age, Spo2Scale scale) {
        return new ThresholdCheck(ThresholdDefaults.forPatient(age, scale), Map.of());
    }

    @ParameterizedTest(name = "adult {0} {1}: {2}")
    @CsvSource({
            "heart-rate, 40, LOW", "heart-rate, 41, ", "heart-rate, 130, ", "heart-rate, 131, HIGH",
            "pulse-rate, 131, HIGH", "respiratory-rate, 8, LOW", "respiratory-rate, 25, HIGH",
            "systolic-pressure, 90, LOW", "systolic-pressure, 91, ", "systolic-pressure, 181, HIGH",
            "diastolic-pressure, 121, HIGH", "diastolic-pressure, 40, ",
            "spo2, 91, LOW", "spo2, 92, ", "body-temperature, 35.0, LOW", "body-temperature, 39.0, ",
            "body-temperature, 39.1, HIGH", "steps, 0, ", "ambient-temperature, 40, "})
    void adultDefaultsAreTheNews2RedScoresAndTheHypertensiveCrisis(String kind, double value, Breach.Side side) {
        assertThat(defaults(Period.ofYears(70), Spo2Scale.SCALE_1).check(VitalKind.fromCode(kind).orElseThrow(), value).map(Breach::side))
                .isEqualTo(java.util.Optional.ofNullable(side));
    }

    @Test
    void scale2PatientsTolerateLowerSaturation() {
        assertThat(defaults(Period.ofYears(70), Spo2Scale.SCALE_2).check(VitalKind.SPO2, 88)).isEmpty();
        assertThat(defaults(Period.ofYears(70), Spo2Scale.SCALE_2).check(VitalKind.SPO2, 83)).isPresent();
    }

    @Test
    void anInfantsNormalHeartRateWouldAlarmInAnAdultButNotInTheInfant() {
        assertThat(defaults(Period.ofMonths(4), Spo2Scale.SCALE_1).check(VitalKind.HEART_RATE, 150)).isEmpty();
        assertThat(defaults(Period.ofYears(40), Spo2Scale.SCALE_1).check(VitalKind.HEART_RATE, 150)).isPresent();
        assertThat(defaults(Period.ofMonths(4), Spo2Scale.SCALE_1).check(VitalKind.HEART_RATE, 190)).isPresent();
    }

    @Test
    void infantFeverIsThirtyEightDegrees() {
        assertThat(defaults(Period.ofMonths(2), Spo2Scale.SCALE_1).check(VitalKind.BODY_TEMPERATURE, 38.0)).isPresent();
        assertThat(defaults(Period.ofYears(7), Spo2Scale.SCALE_1).check(VitalKind.BODY_TEMPERATURE, 38.5)).isEmpty();
    }

    @Test
    void childHypotensionFollowsThePalsRule() {
        ThresholdCheck fiveYearOld = defaults(Period.ofYears(5), Spo2Scale.SCALE_1);

        assertThat(fiveYearOld.check(VitalKind.SYSTOLIC_PRESSURE, 79)).isPresent();
        assertThat(fiveYearOld.check(VitalKind.SYSTOLIC_PRESSURE, 80)).isEmpty();
        assertThat(fiveYearOld.limits(VitalKind.SYSTOLIC_PRESSURE).orElseThrow().high()).as("needs height percentiles").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"P3M, INFANT", "P1Y, TODDLER", "P2Y, YOUNG_CHILD", "P5Y11M, YOUNG_CHILD", "P6Y, CHILD", "P12Y, ADOLESCENT",
            "P15Y11M, ADOLESCENT", "P16Y, ADULT", "P90Y, ADULT"})
    void ageGroups(String age, AgeGroup group) {
        assertThat(AgeGroup.of(Period.parse(age))).isEqualTo(group);
    }

    @Test
    void theCareTeamsLimitsReplaceTheDefaultForThatKindOnly() {
        ThresholdCheck check = new ThresholdCheck(ThresholdDefaults.forPatient(Period.ofYears(30), Spo2Scale.SCALE_1),
                Map.of(VitalKind.HEART_RATE, new Threshold(VitalKind.HEART_RATE, 35.0, 110.0)));

        assertThat(check.check(VitalKind.HEART_RATE, 38)).isEmpty();
        Breach breach = check.check(VitalKind.HEART_RATE, 115).orElseThrow();
        assertThat(breach.condition()).isEqualTo("threshold:heart-rate:high");
        assertThat(breach.message()).isEqualTo("heart-rate 115.0 /min above 110.0");
        assertThat(check.check(VitalKind.SPO2, 90)).isPresent();
    }

    @Test
    void limitsTheWrongWayRoundAreRefused() {
        assertThatThrownBy(() -> new Threshold(VitalKind.HEART_RATE, 120.0, 60.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKindNamesBothItsConditions() {
        assertThat(ThresholdCheck.conditionsOf(VitalKind.SPO2)).containsExactly("threshold:spo2:low", "threshold:spo2:high");
    }
}
