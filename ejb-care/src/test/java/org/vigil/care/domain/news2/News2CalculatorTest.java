package org.vigil.care.domain.news2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.care.domain.patient.Spo2Scale;

/** Every band boundary of the RCP's NEWS2 chart 1 (2017), row by row. */
class News2CalculatorTest {

    private final News2Calculator calculator = new News2Calculator();

    @ParameterizedTest(name = "respiration {0}/min scores {1}")
    @CsvSource({"3,3", "8,3", "9,1", "11,1", "12,0", "20,0", "21,2", "24,2", "25,3", "40,3"})
    void respirationRate(long rate, int score) {
        assertThat(News2Calculator.respiration(rate)).isEqualTo(score);
    }

    @ParameterizedTest(name = "SpO2 scale 1 {0}% scores {1}")
    @CsvSource({"85,3", "91,3", "92,2", "93,2", "94,1", "95,1", "96,0", "100,0"})
    void spo2Scale1(long spo2, int score) {
        assertThat(News2Calculator.spo2Scale1(spo2)).isEqualTo(score);
    }

    @ParameterizedTest(name = "SpO2 scale 2 {0}% on oxygen={1} scores {2}")
    @CsvSource({"80,false,3", "83,true,3", "84,false,2", "85,true,2", "86,false,1", "87,true,1", "88,false,0", "92,true,0",
            "93,false,0", "100,false,0", "93,true,1", "94,true,1", "95,true,2", "96,true,2", "97,true,3", "100,true,3"})
    void spo2Scale2(long spo2, boolean oxygen, int score) {
        assertThat(News2Calculator.spo2Scale2(spo2, oxygen)).isEqualTo(score);
    }

    @ParameterizedTest(name = "systolic {0} scores {1}")
    @CsvSource({"70,3", "90,3", "91,2", "100,2", "101,1", "110,1", "111,0", "219,0", "220,3", "250,3"})
    void systolicBloodPressure(long mmHg, int score) {
        assertThat(News2Calculator.systolic(mmHg)).isEqualTo(score);
    }

    @ParameterizedTest(name = "pulse {0} scores {1}")
    @CsvSource({"30,3", "40,3", "41,1", "50,1", "51,0", "90,0", "91,1", "110,1", "111,2", "130,2", "131,3", "180,3"})
    void pulse(long rate, int score) {
        assertThat(News2Calculator.pulse(rate)).isEqualTo(score);
    }

    @ParameterizedTest(name = "temperature {0} scores {1}")
    @CsvSource({"34.0,3", "35.0,3", "35.1,1", "36.0,1", "36.1,0", "38.0,0", "38.1,1", "39.0,1", "39.1,2", "41.0,2"})
    void temperature(double celsius, int score) {
        assertThat(score(new News2Input(null, null, null, null, null, null, null, celsius)).scores())
                .containsEntry(News2Parameter.TEMPERATURE, score);
    }

    @ParameterizedTest(name = "{0} scores {1}")
    @CsvSource({"ALERT,0", "NEW_CONFUSION,3", "VOICE,3", "PAIN,3", "UNRESPONSIVE,3"})
    void consciousness(Consciousness acvpu, int score) {
        assertThat(acvpu.score()).isEqualTo(score);
    }

    @Test
    void airScoresNothingAndSupplementalOxygenTwo() {
        assertThat(score(new News2Input(null, null, null, false, null, null, null, null)).scores()).containsEntry(News2Parameter.AIR_OR_OXYGEN, 0);
        assertThat(score(new News2Input(null, null, null, true, null, null, null, null)).scores()).containsEntry(News2Parameter.AIR_OR_OXYGEN, 2);
    }

    @ParameterizedTest(name = "{0}: total {8}, {9}")
    @CsvSource({
            // resp, spo2, scale, oxygen, systolic, pulse, acvpu, temp, total, band
            "healthy,           16, 98, 1, false, 125, 72,  ALERT,   36.8, 0, LOW",
            "one point each,    10, 95, 1, false, 105, 95,  ALERT,   37.0, 4, LOW",
            "a single red,      16, 98, 1, false, 125, 72,  VOICE,   36.8, 3, LOW_MEDIUM",
            "four without a red, 22, 94, 1, false, 105, 72, ALERT,   37.0, 4, LOW",
            "medium five,       22, 94, 1, false, 105, 95,  ALERT,   37.0, 5, MEDIUM",
            "six,               22, 93, 1, false, 105, 95,  ALERT,   37.0, 6, MEDIUM",
            "high,              26, 90, 1, true,  95,  120, ALERT,   39.5, 14, HIGH",
            "exactly seven,     22, 93, 1, false, 105, 95,  ALERT,   38.5, 7, HIGH",
            "scale 2 on oxygen, 16, 97, 2, true,  125, 72,  ALERT,   36.8, 5, MEDIUM",
            "scale 2 on air,    16, 97, 2, false, 125, 72,  ALERT,   36.8, 0, LOW"})
    void totalsAndClinicalRisk(String name, double resp, double spo2, int scale, boolean oxygen, double systolic, double pulse,
            Consciousness acvpu, double temp, int total, RiskBand band) {
        News2Score s = score(new News2Input(resp, spo2, Spo2Scale.of(scale), oxygen, systolic, pulse, acvpu, temp));

        assertThat(s.total()).isEqualTo(total);
        assertThat(s.band()).isEqualTo(band);
        assertThat(s.partial()).isFalse();
    }

    @Test
    void devicesAloneGiveAPartialScoreNamingWhatANurseMustAdd() {
        News2Score s = score(new News2Input(null, 97.0, Spo2Scale.SCALE_1, null, 150.0, 135.0, null, 36.9));

        assertThat(s.partial()).isTrue();
        assertThat(s.missing()).containsExactlyInAnyOrder(News2Parameter.RESPIRATION_RATE, News2Parameter.AIR_OR_OXYGEN,
                News2Parameter.CONSCIOUSNESS);
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.band()).as("already a red score without the bedside values").isEqualTo(RiskBand.LOW_MEDIUM);
    }

    @Test
    void theNursesEntriesCompleteIt() {
        News2Score s = score(new News2Input(23.0, 97.0, Spo2Scale.SCALE_1, true, 150.0, 135.0, Consciousness.ALERT, 36.9));

        assertThat(s.partial()).isFalse();
        assertThat(s.total()).isEqualTo(2 + 0 + 2 + 0 + 3 + 0 + 0);
        assertThat(s.band()).isEqualTo(RiskBand.HIGH);
    }

    @Test
    void fractionalDeviceReadingsAreRoundedAsANurseWouldRecordThem() {
        assertThat(score(new News2Input(20.5, null, null, null, null, null, null, null)).scores())
                .containsEntry(News2Parameter.RESPIRATION_RATE, 2);
        assertThat(score(new News2Input(null, null, null, null, null, 90.4, null, null)).scores())
                .containsEntry(News2Parameter.PULSE, 0);
        assertThat(score(new News2Input(null, null, null, null, null, null, null, 38.04)).scores())
                .containsEntry(News2Parameter.TEMPERATURE, 0);
        assertThat(score(new News2Input(null, null, null, null, null, null, null, 38.05)).scores())
                .containsEntry(News2Parameter.TEMPERATURE, 1);
    }

    private News2Score score(News2Input in) {
        return calculator.score(in);
    }
}
