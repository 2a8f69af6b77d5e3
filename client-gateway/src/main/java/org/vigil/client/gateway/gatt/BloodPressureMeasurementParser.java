package org.vigil.client.gateway.gatt;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Blood Pressure Measurement (0x2A35) and Intermediate Cuff Pressure (0x2A36) per the Blood
 * Pressure Service 1.1, which share one layout: flags (uint8: bit 0 kPa, 1 time stamp, 2 pulse
 * rate, 3 user id, 4 measurement status), systolic, diastolic and mean arterial pressure
 * (SFLOAT each), then the optional fields in flag order: time stamp (Date Time, 7 bytes), pulse
 * rate (SFLOAT), user id (uint8), measurement status (uint16). Octets after the last field are
 * ignored, as a later version of the specification may append fields.
 */
public final class BloodPressureMeasurementParser {

    private static final int KILOPASCAL = 0x01;
    private static final int TIME_STAMP = 0x02;
    private static final int PULSE_RATE = 0x04;
    private static final int USER_ID = 0x08;
    private static final int MEASUREMENT_STATUS = 0x10;

    private final boolean intermediate;

    private BloodPressureMeasurementParser(boolean intermediate) {
        this.intermediate = intermediate;
    }

    /** For 0x2A35, the measurement a cuff reports when it is done. */
    public static BloodPressureMeasurementParser measurement() {
        return new BloodPressureMeasurementParser(false);
    }

    /** For 0x2A36, the cuff pressure while it inflates and deflates. */
    public static BloodPressureMeasurementParser intermediateCuffPressure() {
        return new BloodPressureMeasurementParser(true);
    }

    public BloodPressureMeasurement parse(byte[] value) throws GattParseException {
        LittleEndianReader reader = new LittleEndianReader(value,
                intermediate ? "Intermediate Cuff Pressure (0x2A36)" : "Blood Pressure Measurement (0x2A35)");
        int flags = reader.uint8("flags");
        PressureUnit unit = (flags & KILOPASCAL) != 0 ? PressureUnit.KILOPASCAL : PressureUnit.MILLIMETRES_OF_MERCURY;
        OptionalDouble systolic = pressure(reader.uint16(intermediate ? "current cuff pressure" : "systolic"), unit);
        OptionalDouble diastolic = pressure(reader.uint16("diastolic"), unit);
        OptionalDouble mean = pressure(reader.uint16("mean arterial pressure"), unit);
        Optional<LocalDateTime> timestamp = (flags & TIME_STAMP) != 0 ? DateTimeField.read(reader) : Optional.empty();
        OptionalDouble pulse = (flags & PULSE_RATE) != 0 ? MedicalFloat.sfloat(reader.uint16("pulse rate")) : OptionalDouble.empty();
        OptionalInt user = (flags & USER_ID) != 0 ? OptionalInt.of(reader.uint8("user id")) : OptionalInt.empty();
        Optional<BloodPressureStatus> status = (flags & MEASUREMENT_STATUS) != 0
                ? Optional.of(BloodPressureStatus.of(reader.uint16("measurement status")))
                : Optional.empty();
        return new BloodPressureMeasurement(intermediate, systolic, diastolic, mean, unit, timestamp, pulse, user, status);
    }

    private static OptionalDouble pressure(int raw, PressureUnit unit) {
        OptionalDouble value = MedicalFloat.sfloat(raw);
        return value.isPresent() ? OptionalDouble.of(unit.toMillimetresOfMercury(value.getAsDouble())) : value;
    }
}
