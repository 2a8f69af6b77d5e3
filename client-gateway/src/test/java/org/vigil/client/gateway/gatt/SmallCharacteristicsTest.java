package org.vigil.client.gateway.gatt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.client.gateway.gatt.Hex.bytes;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

/** Environmental sensing, battery, step count and current time: fixed layouts, no flags. */
class SmallCharacteristicsTest {

    private final EnvironmentalSensingParser environment = new EnvironmentalSensingParser();

    @Test
    void ambientTemperatureInHundredthsOfADegree() throws Exception {
        assertThat(environment.temperature(bytes("F208"))).containsExactly(Reading.of(Kind.AMBIENT_TEMPERATURE, 22.90));
        assertThat(environment.temperature(bytes("0CFE"))).containsExactly(Reading.of(Kind.AMBIENT_TEMPERATURE, -5.00));
        assertThat(environment.temperature(bytes("FF7F"))).containsExactly(Reading.of(Kind.AMBIENT_TEMPERATURE, 327.67));
        assertThat(environment.temperature(bytes("0180"))).containsExactly(Reading.of(Kind.AMBIENT_TEMPERATURE, -327.67));
    }

    @Test
    void ambientTemperatureNotKnownGivesNoReading() throws Exception {
        assertThat(environment.temperature(bytes("0080"))).isEmpty();
    }

    @Test
    void ambientPressureInTenthsOfAPascal() throws Exception {
        // 101325.0 Pa = 1013250 tenths = 0x000F7602
        assertThat(environment.pressure(bytes("02760F00"))).containsExactly(Reading.of(Kind.AMBIENT_PRESSURE, 101325.0));
        assertThat(environment.pressure(bytes("FFFFFFFF"))).containsExactly(Reading.of(Kind.AMBIENT_PRESSURE, 429496729.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "F2", "F20800"})
    void ambientTemperatureOfTheWrongLength(String octets) {
        assertThatThrownBy(() -> environment.temperature(bytes(octets)))
                .isInstanceOf(GattParseException.class).hasMessageStartingWith("Temperature (0x2A6E): ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "12760F", "12760F0000"})
    void ambientPressureOfTheWrongLength(String octets) {
        assertThatThrownBy(() -> environment.pressure(bytes(octets)))
                .isInstanceOf(GattParseException.class).hasMessageStartingWith("Pressure (0x2A6D): ");
    }

    @Test
    void batteryLevel() throws Exception {
        BatteryLevelParser battery = new BatteryLevelParser();
        assertThat(battery.parse(bytes("00"))).isZero();
        assertThat(battery.parse(bytes("64"))).isEqualTo(100);
        assertThatThrownBy(() -> battery.parse(bytes("65"))).isInstanceOf(GattParseException.class)
                .hasMessage("Battery Level (0x2A19): battery level 101 is above 100 %");
        assertThatThrownBy(() -> battery.parse(bytes(""))).isInstanceOf(GattParseException.class);
    }

    @Test
    void infiniTimeStepCount() throws Exception {
        InfiniTimeStepCountParser steps = new InfiniTimeStepCountParser();
        assertThat(steps.parse(bytes("10270000"))).containsExactly(Reading.of(Kind.STEPS, 10000));
        assertThat(steps.parse(bytes("FFFFFFFF"))).containsExactly(Reading.of(Kind.STEPS, 4294967295.0));
        assertThatThrownBy(() -> steps.parse(bytes("102700"))).isInstanceOf(GattParseException.class);
        assertThatThrownBy(() -> steps.parse(bytes("1027000000"))).isInstanceOf(GattParseException.class);
    }

    @Test
    void currentTimeWithFractions() throws Exception {
        CurrentTimeParser currentTime = new CurrentTimeParser();
        // 2026-11-24 10:00:05 + 128/256 s, Tuesday (2), adjust reason: manual (1)
        assertThat(currentTime.parse(bytes("EA07 0B 18 0A 00 05 02 80 01")))
                .contains(LocalDateTime.of(2026, 11, 24, 10, 0, 5, 500_000_000));
        assertThat(currentTime.parse(bytes("0000 00 00 00 00 00 00 00 00"))).isEmpty();
        assertThatThrownBy(() -> currentTime.parse(bytes("EA07 0B 18 0A 00 05 02 80"))).isInstanceOf(GattParseException.class);
    }

    @Test
    void characteristicsAreFoundByUuid() throws Exception {
        assertThat(MeasurementCharacteristic.of("00002a37-0000-1000-8000-00805f9b34fb"))
                .contains(MeasurementCharacteristic.HEART_RATE_MEASUREMENT);
        assertThat(MeasurementCharacteristic.of("00002A35-0000-1000-8000-00805F9B34FB"))
                .contains(MeasurementCharacteristic.BLOOD_PRESSURE_MEASUREMENT);
        assertThat(MeasurementCharacteristic.of("00030001-78fc-48fe-8e23-433b3a1942d0"))
                .contains(MeasurementCharacteristic.INFINITIME_STEP_COUNT);
        assertThat(MeasurementCharacteristic.of("not a uuid")).isEmpty();
        assertThat(MeasurementCharacteristic.BATTERY_LEVEL.readings(bytes("55"))).containsExactly(Reading.of(Kind.BATTERY_LEVEL, 85));
    }
}
