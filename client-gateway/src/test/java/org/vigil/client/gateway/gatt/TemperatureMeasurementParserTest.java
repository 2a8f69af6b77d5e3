package org.vigil.client.gateway.gatt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.client.gateway.gatt.Hex.bytes;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

class TemperatureMeasurementParserTest {

    private final TemperatureMeasurementParser parser = new TemperatureMeasurementParser();

    @Test
    void celsiusWithTimeStampAndType() throws Exception {
        // flags 0x06: Celsius, time stamp, type; 36.4 °C (FLOAT 0xFF00016C), 2026-11-24 07:30:15, mouth (6)
        TemperatureMeasurement m = parser.parse(bytes("06 6C0100FF EA07 0B 18 07 1E 0F 06"));
        LocalDateTime at = LocalDateTime.of(2026, 11, 24, 7, 30, 15);
        assertThat(m).isEqualTo(new TemperatureMeasurement(OptionalDouble.of(36.4), false, Optional.of(at),
                Optional.of(TemperatureType.MOUTH)));
        assertThat(m.readings()).containsExactly(new Reading(Kind.BODY_TEMPERATURE, 36.4, Optional.of(at)));
    }

    @Test
    void fahrenheitBecomesCelsius() throws Exception {
        // flags 0x01: Fahrenheit; 98.6 °F
        TemperatureMeasurement m = parser.parse(bytes("01 DA0300FF"));
        assertThat(m.sentInFahrenheit()).isTrue();
        assertThat(m.celsius()).hasValue(37.0);
        assertThat(m.readings()).extracting(Reading::unit).containsExactly("Cel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FFFF7F00", "00008000", "FEFF7F00", "02008000", "01008000"})
    void specialValuesGiveNoReading(String float32) throws Exception {
        TemperatureMeasurement m = parser.parse(bytes("00" + float32));
        assertThat(m.celsius()).isEmpty();
        assertThat(m.readings()).isEmpty();
        assertThat(parser.parse(bytes("01" + float32)).celsius()).isEmpty();
    }

    @Test
    void reservedTemperatureTypeIsNotSaid() throws Exception {
        assertThat(parser.parse(bytes("04 6C0100FF 00")).type()).isEmpty();
        assertThat(parser.parse(bytes("04 6C0100FF 0A")).type()).isEmpty();
        assertThat(parser.parse(bytes("04 6C0100FF 01")).type()).contains(TemperatureType.ARMPIT);
        assertThat(parser.parse(bytes("04 6C0100FF 09")).type()).contains(TemperatureType.TYMPANUM);
    }

    @ParameterizedTest(name = "flags 0x{0}")
    @MethodSource("everyFlagCombination")
    void everyFlagCombination(int flags) throws Exception {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        value.write(flags);
        value.writeBytes((flags & 0x01) != 0 ? bytes("E90300FF") /* 100.1 °F */ : bytes("830100FF") /* 38.7 °C */);
        if ((flags & 0x02) != 0) {
            value.writeBytes(bytes("EA07 0B 18 17 3B 3B"));
        }
        if ((flags & 0x04) != 0) {
            value.write(3);
        }
        TemperatureMeasurement m = parser.parse(value.toByteArray());
        assertThat(m.celsius()).hasValue((flags & 0x01) != 0 ? 37.83 : 38.7);
        assertThat(m.timestamp()).isEqualTo((flags & 0x02) != 0
                ? Optional.of(LocalDateTime.of(2026, 11, 24, 23, 59, 59)) : Optional.empty());
        assertThat(m.type()).isEqualTo((flags & 0x04) != 0 ? Optional.of(TemperatureType.EAR_LOBE) : Optional.empty());
    }

    static IntStream everyFlagCombination() {
        return IntStream.range(0, 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "00 6C0100", "02 6C0100FF EA07 0B 18 07 1E", "04 6C0100FF", "06 6C0100FF EA07 0B 18 07 1E 0F"})
    void truncatedValuesAreParseErrors(String octets) {
        assertThatThrownBy(() -> parser.parse(bytes(octets)))
                .isInstanceOf(GattParseException.class)
                .hasMessageStartingWith("Temperature Measurement (0x2A1C): value too short");
    }
}
