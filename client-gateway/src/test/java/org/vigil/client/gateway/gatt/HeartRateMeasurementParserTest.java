package org.vigil.client.gateway.gatt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.client.gateway.gatt.Hex.bytes;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

class HeartRateMeasurementParserTest {

    private final HeartRateMeasurementParser parser = new HeartRateMeasurementParser();

    @Test
    void uint8HeartRateOnly() throws Exception {
        // flags 0x00: UINT8 value, no contact support, nothing else; 72 bpm
        HeartRateMeasurement m = parser.parse(bytes("00 48"));
        assertThat(m).isEqualTo(new HeartRateMeasurement(72, SensorContact.NOT_SUPPORTED, OptionalInt.empty(), List.of()));
        assertThat(m.readings()).containsExactly(Reading.of(Kind.HEART_RATE, 72));
    }

    @Test
    void uint16HeartRateWithContactEnergyAndRrIntervals() throws Exception {
        // flags 0x1F: UINT16, contact supported + detected, energy, RR; 300 bpm, 1000 kJ, RR 1024 and 512 /1024 s
        HeartRateMeasurement m = parser.parse(bytes("1F 2C01 E803 0004 0002"));
        assertThat(m).isEqualTo(new HeartRateMeasurement(300, SensorContact.DETECTED, OptionalInt.of(1000), List.of(1024, 512)));
        assertThat(m.readings()).containsExactly(
                Reading.of(Kind.HEART_RATE, 300), Reading.of(Kind.RR_INTERVAL, 1000.0), Reading.of(Kind.RR_INTERVAL, 500.0));
    }

    @Test
    void contactSupportedButNotDetectedGivesNoHeartRateButKeepsRrIntervals() throws Exception {
        // flags 0x14: contact supported, not detected; RR present
        HeartRateMeasurement m = parser.parse(bytes("14 00 2003"));
        assertThat(m.contact()).isEqualTo(SensorContact.NOT_DETECTED);
        assertThat(m.readings()).containsExactly(Reading.of(Kind.RR_INTERVAL, 781.25));
    }

    @Test
    void contactBitWithoutSupportBitMeansNotSupported() throws Exception {
        // bits 1-2 = 01: "not supported" per the specification, whatever bit 1 says
        assertThat(parser.parse(bytes("02 3C")).contact()).isEqualTo(SensorContact.NOT_SUPPORTED);
    }

    @Test
    void reservedFlagBitsAreIgnored() throws Exception {
        assertThat(parser.parse(bytes("E0 3C")).beatsPerMinute()).isEqualTo(60);
    }

    @Test
    void rrIntervalsInMillisecondsKeepSubMillisecondResolution() {
        assertThat(HeartRateMeasurement.rrMillis(1)).isEqualTo(0.977);
        assertThat(HeartRateMeasurement.rrMillis(0xFFFF)).isEqualTo(63999.023);
    }

    @ParameterizedTest(name = "flags 0x{0}")
    @MethodSource("everyFlagCombination")
    void everyFlagCombinationParsesWhatWasEncoded(int flags) throws Exception {
        boolean wide = (flags & 0x01) != 0;
        int heartRate = wide ? 0x1234 : 0x9A;
        List<Integer> rr = (flags & 0x10) != 0 ? List.of(800, 0xFFFF, 0) : List.of();
        OptionalInt energy = (flags & 0x08) != 0 ? OptionalInt.of(0xFFFF) : OptionalInt.empty();
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        value.write(flags);
        value.write(heartRate & 0xFF);
        if (wide) {
            value.write(heartRate >> 8);
        }
        energy.ifPresent(e -> { value.write(e & 0xFF); value.write(e >> 8); });
        rr.forEach(r -> { value.write(r & 0xFF); value.write(r >> 8); });

        HeartRateMeasurement m = parser.parse(value.toByteArray());

        SensorContact contact = switch ((flags >> 1) & 0x03) {
            case 2 -> SensorContact.NOT_DETECTED;
            case 3 -> SensorContact.DETECTED;
            default -> SensorContact.NOT_SUPPORTED;
        };
        assertThat(m).isEqualTo(new HeartRateMeasurement(heartRate, contact, energy, rr));
        List<Kind> kinds = new ArrayList<>();
        if (contact != SensorContact.NOT_DETECTED) {
            kinds.add(Kind.HEART_RATE);
        }
        rr.forEach(r -> kinds.add(Kind.RR_INTERVAL));
        assertThat(m.readings()).extracting(Reading::kind).containsExactlyElementsOf(kinds);
    }

    static IntStream everyFlagCombination() {
        return IntStream.range(0, 32);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01", "01 48", "08 48", "08 48 01", "10 48", "10 48 01", "10 48 0004 01", "19 4800 E8"})
    void truncatedValuesAreParseErrors(String octets) {
        assertThatThrownBy(() -> parser.parse(bytes(octets)))
                .isInstanceOf(GattParseException.class)
                .hasMessageStartingWith("Heart Rate Measurement (0x2A37): ");
    }

    @Test
    void noValueAtAllIsAParseError() {
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(GattParseException.class);
    }
}
