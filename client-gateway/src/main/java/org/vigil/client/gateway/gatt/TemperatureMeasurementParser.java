package org.vigil.client.gateway.gatt;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Temperature Measurement (0x2A1C) per the Health Thermometer Service 1.0: flags (uint8: bit 0
 * Fahrenheit, 1 time stamp, 2 temperature type), temperature (FLOAT, 4 bytes), time stamp (Date
 * Time, 7 bytes), temperature type (uint8). Trailing octets are ignored.
 */
public final class TemperatureMeasurementParser {

    private static final int FAHRENHEIT = 0x01;
    private static final int TIME_STAMP = 0x02;
    private static final int TEMPERATURE_TYPE = 0x04;

    public TemperatureMeasurement parse(byte[] value) throws GattParseException {
        LittleEndianReader reader = new LittleEndianReader(value, "Temperature Measurement (0x2A1C)");
        int flags = reader.uint8("flags");
        boolean fahrenheit = (flags & FAHRENHEIT) != 0;
        OptionalDouble temperature = MedicalFloat.float32(reader.int32("temperature"));
        Optional<LocalDateTime> timestamp = (flags & TIME_STAMP) != 0 ? DateTimeField.read(reader) : Optional.empty();
        Optional<TemperatureType> type = (flags & TEMPERATURE_TYPE) != 0
                ? TemperatureType.ofCode(reader.uint8("temperature type"))
                : Optional.empty();
        OptionalDouble celsius = fahrenheit && temperature.isPresent()
                ? OptionalDouble.of(fahrenheitToCelsius(temperature.getAsDouble()))
                : temperature;
        return new TemperatureMeasurement(celsius, fahrenheit, timestamp, type);
    }

    /** To 0.01 °C: thermometers resolve 0.1 °F at best, about 0.06 °C. */
    private static double fahrenheitToCelsius(double fahrenheit) {
        return Math.round((fahrenheit - 32) * 5 / 9 * 100) / 100.0;
    }
}
