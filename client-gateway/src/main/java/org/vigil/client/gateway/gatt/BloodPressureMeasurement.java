package org.vigil.client.gateway.gatt;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoubleConsumer;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

/**
 * A Blood Pressure Measurement (0x2A35) or an Intermediate Cuff Pressure (0x2A36), with the
 * pressures already in mm[Hg] whatever unit the cuff sent ({@link #unit} says which it was).
 * An empty pressure or pulse is one the device sent as a special value (NaN, NRes, ±INFINITY).
 */
public record BloodPressureMeasurement(boolean intermediate, OptionalDouble systolic, OptionalDouble diastolic,
                                       OptionalDouble meanArterial, PressureUnit unit,
                                       Optional<LocalDateTime> timestamp, OptionalDouble pulseRate,
                                       OptionalInt userId, Optional<BloodPressureStatus> status) {

    /** User ID 0xFF: the cuff does not know who was measured. */
    public static final int UNKNOWN_USER = 0xFF;

    /**
     * A final measurement gives systolic, diastolic, mean and pulse; an intermediate one gives
     * only the current cuff pressure (sent in the systolic field).
     */
    public List<Reading> readings() {
        List<Reading> readings = new ArrayList<>();
        if (intermediate) {
            systolic.ifPresent(add(readings, Kind.CUFF_PRESSURE));
            return readings;
        }
        systolic.ifPresent(add(readings, Kind.SYSTOLIC_PRESSURE));
        diastolic.ifPresent(add(readings, Kind.DIASTOLIC_PRESSURE));
        meanArterial.ifPresent(add(readings, Kind.MEAN_PRESSURE));
        pulseRate.ifPresent(add(readings, Kind.PULSE_RATE));
        return readings;
    }

    private DoubleConsumer add(List<Reading> readings, Kind kind) {
        return value -> readings.add(new Reading(kind, value, timestamp));
    }
}
