package org.vigil.client.gateway.gatt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.client.gateway.gatt.Hex.bytes;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.client.gateway.gatt.BloodPressureStatus.PulseRateRange;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

class BloodPressureMeasurementParserTest {

    private static final LocalDateTime NOV_24_10H = LocalDateTime.of(2026, 11, 24, 10, 0, 0);

    private final BloodPressureMeasurementParser measurement = BloodPressureMeasurementParser.measurement();
    private final BloodPressureMeasurementParser intermediate = BloodPressureMeasurementParser.intermediateCuffPressure();

    @Test
    void mmHgWithEveryOptionalField() throws Exception {
        // flags 0x1E: mmHg, time stamp, pulse, user id, status
        // 120 / 80 / 93 mmHg, 2026-11-24 10:00:00, pulse 72, user 1, irregular pulse + pulse above range
        BloodPressureMeasurement m = measurement.parse(bytes("1E 7800 5000 5D00 EA07 0B 18 0A 00 00 4800 01 0C00"));

        assertThat(m.unit()).isEqualTo(PressureUnit.MILLIMETRES_OF_MERCURY);
        assertThat(m.systolic()).hasValue(120);
        assertThat(m.diastolic()).hasValue(80);
        assertThat(m.meanArterial()).hasValue(93);
        assertThat(m.timestamp()).contains(NOV_24_10H);
        assertThat(m.pulseRate()).hasValue(72);
        assertThat(m.userId()).hasValue(1);
        assertThat(m.status()).contains(new BloodPressureStatus(false, false, true, PulseRateRange.EXCEEDS_UPPER_LIMIT, false));
        assertThat(m.readings()).containsExactly(
                new Reading(Kind.SYSTOLIC_PRESSURE, 120, Optional.of(NOV_24_10H)),
                new Reading(Kind.DIASTOLIC_PRESSURE, 80, Optional.of(NOV_24_10H)),
                new Reading(Kind.MEAN_PRESSURE, 93, Optional.of(NOV_24_10H)),
                new Reading(Kind.PULSE_RATE, 72, Optional.of(NOV_24_10H)));
    }

    @Test
    void kilopascalsBecomeMillimetresOfMercury() throws Exception {
        // flags 0x01: kPa; 16.0 / 10.7 / 12.4 kPa (SFLOAT exponent -1)
        BloodPressureMeasurement m = measurement.parse(bytes("01 A0F0 6BF0 7CF0"));
        assertThat(m.unit()).isEqualTo(PressureUnit.KILOPASCAL);
        assertThat(m.systolic()).hasValue(120.0);
        assertThat(m.diastolic()).hasValue(80.3);
        assertThat(m.meanArterial()).hasValue(93.0);
        assertThat(m.readings()).extracting(Reading::unit).containsOnly("mm[Hg]");
    }

    @Test
    void specialValuesAreNoValueNeverANumber() throws Exception {
        // mean arterial pressure NaN, pulse NRes
        BloodPressureMeasurement m = measurement.parse(bytes("04 7800 5000 FF07 0008"));
        assertThat(m.meanArterial()).isEmpty();
        assertThat(m.pulseRate()).isEmpty();
        assertThat(m.readings()).extracting(Reading::kind).containsExactly(Kind.SYSTOLIC_PRESSURE, Kind.DIASTOLIC_PRESSURE);
    }

    @Test
    void intermediateCuffPressureIsProgressNotAResult() throws Exception {
        // current cuff pressure 152 mmHg; diastolic and MAP NaN as the specification requires
        BloodPressureMeasurement m = intermediate.parse(bytes("00 9800 FF07 FF07"));
        assertThat(m.intermediate()).isTrue();
        assertThat(m.readings()).containsExactly(Reading.of(Kind.CUFF_PRESSURE, 152));
        assertThat(Kind.CUFF_PRESSURE.observation()).isFalse();
    }

    @Test
    void unknownTimeStampIsNoTimeStampButTheMeasurementStands() throws Exception {
        // day 0 = not known
        BloodPressureMeasurement m = measurement.parse(bytes("02 7800 5000 5D00 EA07 0B 00 0A 00 00"));
        assertThat(m.timestamp()).isEmpty();
        assertThat(m.systolic()).hasValue(120);
        // month 13: no such date
        assertThat(measurement.parse(bytes("02 7800 5000 5D00 EA07 0D 18 0A 00 00")).timestamp()).isEmpty();
        // 24:00:00
        assertThat(measurement.parse(bytes("02 7800 5000 5D00 EA07 0B 18 18 00 00")).timestamp()).isEmpty();
    }

    @Test
    void aTimeStampWithoutItsYearKeepsMonthDayAndTimeInYearZero() throws Exception {
        // year 0 = not known; 24 November 10:00:00
        BloodPressureMeasurement m = measurement.parse(bytes("02 7800 5000 5D00 0000 0B 18 0A 00 00"));

        assertThat(m.timestamp()).hasValue(java.time.LocalDateTime.of(0, 11, 24, 10, 0, 0));
        assertThat(m.systolic()).hasValue(120);
        // 29 February without a year stands: year 0 is a leap year
        assertThat(measurement.parse(bytes("02 7800 5000 5D00 0000 02 1D 08 00 00")).timestamp())
                .hasValue(java.time.LocalDateTime.of(0, 2, 29, 8, 0, 0));
    }

    @Test
    void everyStatusBit() {
        assertThat(BloodPressureStatus.of(0x0001).bodyMovement()).isTrue();
        assertThat(BloodPressureStatus.of(0x0002).cuffTooLoose()).isTrue();
        assertThat(BloodPressureStatus.of(0x0004).irregularPulse()).isTrue();
        assertThat(BloodPressureStatus.of(0x0000).pulseRateRange()).isEqualTo(PulseRateRange.WITHIN_RANGE);
        assertThat(BloodPressureStatus.of(0x0008).pulseRateRange()).isEqualTo(PulseRateRange.EXCEEDS_UPPER_LIMIT);
        assertThat(BloodPressureStatus.of(0x0010).pulseRateRange()).isEqualTo(PulseRateRange.BELOW_LOWER_LIMIT);
        assertThat(BloodPressureStatus.of(0x0018).pulseRateRange()).isEqualTo(PulseRateRange.RESERVED);
        assertThat(BloodPressureStatus.of(0x0020).improperPosition()).isTrue();
        assertThat(BloodPressureStatus.of(0xFFC0)).isEqualTo(BloodPressureStatus.of(0));
    }

    @ParameterizedTest(name = "flags 0x{0}")
    @MethodSource("everyFlagCombination")
    void everyFlagCombinationOfBothCharacteristics(int flags) throws Exception {
        boolean kpa = (flags & 0x01) != 0;
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        value.write(flags);
        // 130 / 85 / 100, in kPa as 17.3 / 11.3 / 13.3
        value.writeBytes(kpa ? bytes("ADF0 71F0 85F0") : bytes("8200 5500 6400"));
        if ((flags & 0x02) != 0) {
            value.writeBytes(bytes("EA07 0B 18 0A 00 00"));
        }
        if ((flags & 0x04) != 0) {
            value.writeBytes(bytes("4000"));
        }
        if ((flags & 0x08) != 0) {
            value.write(0xFF);
        }
        if ((flags & 0x10) != 0) {
            value.writeBytes(bytes("2100"));
        }
        byte[] octets = value.toByteArray();

        for (BloodPressureMeasurementParser parser : List.of(measurement, intermediate)) {
            BloodPressureMeasurement m = parser.parse(octets);
            assertThat(m.unit()).isEqualTo(kpa ? PressureUnit.KILOPASCAL : PressureUnit.MILLIMETRES_OF_MERCURY);
            assertThat(m.systolic()).isEqualTo(OptionalDouble.of(kpa ? 129.8 : 130));
            assertThat(m.diastolic()).isEqualTo(OptionalDouble.of(kpa ? 84.8 : 85));
            assertThat(m.meanArterial()).isEqualTo(OptionalDouble.of(kpa ? 99.8 : 100));
            assertThat(m.timestamp()).isEqualTo((flags & 0x02) != 0 ? Optional.of(NOV_24_10H) : Optional.empty());
            assertThat(m.pulseRate()).isEqualTo((flags & 0x04) != 0 ? OptionalDouble.of(64) : OptionalDouble.empty());
            assertThat(m.userId()).isEqualTo((flags & 0x08) != 0 ? OptionalInt.of(BloodPressureMeasurement.UNKNOWN_USER) : OptionalInt.empty());
            assertThat(m.status()).isEqualTo((flags & 0x10) != 0
                    ? Optional.of(new BloodPressureStatus(true, false, false, PulseRateRange.WITHIN_RANGE, true))
                    : Optional.empty());
            List<Kind> kinds = new ArrayList<>(parser == intermediate ? List.of(Kind.CUFF_PRESSURE)
                    : List.of(Kind.SYSTOLIC_PRESSURE, Kind.DIASTOLIC_PRESSURE, Kind.MEAN_PRESSURE));
            if (parser == measurement && (flags & 0x04) != 0) {
                kinds.add(Kind.PULSE_RATE);
            }
            assertThat(m.readings()).extracting(Reading::kind).containsExactlyElementsOf(kinds);
            assertThat(m.readings()).extracting(Reading::deviceTime).containsOnly(m.timestamp());
        }
    }

    static IntStream everyFlagCombination() {
        return IntStream.range(0, 32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "00 7800 5000", "00 7800 5000 5D", "02 7800 5000 5D00 EA07 0B 18 0A 00",
            "04 7800 5000 5D00 48", "08 7800 5000 5D00", "10 7800 5000 5D00 21", "1E 7800 5000 5D00 EA07 0B 18 0A 00 00 4800 01"})
    void truncatedValuesAreParseErrors(String octets) {
        assertThatThrownBy(() -> measurement.parse(bytes(octets)))
                .isInstanceOf(GattParseException.class)
                .hasMessageStartingWith("Blood Pressure Measurement (0x2A35): value too short");
        assertThatThrownBy(() -> intermediate.parse(bytes(octets)))
                .isInstanceOf(GattParseException.class)
                .hasMessageStartingWith("Intermediate Cuff Pressure (0x2A36): value too short");
    }
}
