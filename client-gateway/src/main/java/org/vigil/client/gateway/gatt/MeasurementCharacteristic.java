package org.vigil.client.gateway.gatt;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

/** The characteristics the gateway subscribes to, each with the parser for its value. */
public enum MeasurementCharacteristic {
    HEART_RATE_MEASUREMENT(sig(0x2A37), true) {
        @Override
        public List<Reading> readings(byte[] value) throws GattParseException {
            return new HeartRateMeasurementParser().parse(value).readings();
        }
    },
    BLOOD_PRESSURE_MEASUREMENT(sig(0x2A35), false) {
        @Override
        public List<Reading> readings(byte[] value) throws GattParseException {
            return BloodPressureMeasurementParser.measurement().parse(value).readings();
        }
    },
    INTERMEDIATE_CUFF_PRESSURE(sig(0x2A36), true) {
        @Override
        public List<Reading> readings(byte[] value) throws GattParseException {
            return BloodPressureMeasurementParser.intermediateCuffPressure().parse(value).readings();
        }
    },
    TEMPERATURE_MEASUREMENT(sig(0x2A1C), false) {
        @Override
        public List<Reading> readings(byte[] value) throws GattParseException {
            return new TemperatureMeasurementParser().parse(value).readings();
        }
    },
    AMBIENT_TEMPERATURE(sig(0x2A6E), true) {
        @Override
        public List<Reading> readings(byte[] value) throws GattParseException {
            return new EnvironmentalSensingParser().temperature(value);
        }
    },
    AMBIENT_PRESSURE(sig(0x2A6D), true) {
        @Override
        public List<Reading> readings(byte[] value) throws GattParseException {
            return new EnvironmentalSensingParser().pressure(value);
        }
    },
    BATTERY_LEVEL(sig(0x2A19), true) {
        @Override
        public List<Reading> readings(byte[] value) throws GattParseException {
            return List.of(Reading.of(Kind.BATTERY_LEVEL, new BatteryLevelParser().parse(value)));
        }
    },
    INFINITIME_STEP_COUNT(UUID.fromString("00030001-78fc-48fe-8e23-433b3a1942d0"), true) {
        @Override
        public List<Reading> readings(byte[] value) throws GattParseException {
            return new InfiniTimeStepCountParser().parse(value);
        }
    };

    private final UUID uuid;
    private final boolean notified;

    MeasurementCharacteristic(UUID uuid, boolean notified) {
        this.uuid = uuid;
        this.notified = notified;
    }

    /** Every reading in the value, in the order the characteristic defines them. */
    public abstract List<Reading> readings(byte[] value) throws GattParseException;

    public UUID uuid() {
        return uuid;
    }

    /**
     * Notified (no acknowledgement) rather than indicated. Blood pressure and temperature are
     * indicated: the device keeps a measurement until the gateway confirms it, which is why the
     * gateway stores before it confirms.
     */
    public boolean notified() {
        return notified;
    }

    public static Optional<MeasurementCharacteristic> of(UUID uuid) {
        return Arrays.stream(values()).filter(c -> c.uuid.equals(uuid)).findFirst();
    }

    public static Optional<MeasurementCharacteristic> of(String uuid) {
        try {
            return of(UUID.fromString(uuid.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** A 16-bit SIG-assigned UUID on the Bluetooth base UUID. */
    public static UUID sig(int shortUuid) {
        return UUID.fromString(String.format("%08x-0000-1000-8000-00805f9b34fb", shortUuid));
    }
}
