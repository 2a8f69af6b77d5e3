package org.vigil.client.gateway.gatt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

/**
 * Temperature Measurement (0x2A1C), in degrees Celsius whatever unit the thermometer sent
 * ({@code sentInFahrenheit} says which). Empty when the thermometer sent a special value.
 */
public record TemperatureMeasurement(OptionalDouble celsius, boolean sentInFahrenheit,
                                     Optional<LocalDateTime> timestamp, Optional<TemperatureType> type) {

    public List<Reading> readings() {
        return celsius.isPresent()
                ? List.of(new Reading(Kind.BODY_TEMPERATURE, celsius.getAsDouble(), timestamp))
                : List.of();
    }
}
