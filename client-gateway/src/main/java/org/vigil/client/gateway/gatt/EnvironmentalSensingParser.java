package org.vigil.client.gateway.gatt;

import java.util.List;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

/**
 * The Environmental Sensing Service's Temperature (0x2A6E: sint16 in 0.01 °C, 0x8000 "value is
 * not known") and Pressure (0x2A6D: uint32 in 0.1 Pa). The room the patient is in, not the
 * patient.
 */
public final class EnvironmentalSensingParser {

    private static final int TEMPERATURE_NOT_KNOWN = Short.MIN_VALUE;

    public List<Reading> temperature(byte[] value) throws GattParseException {
        LittleEndianReader reader = new LittleEndianReader(value, "Temperature (0x2A6E)");
        int hundredths = reader.sint16("temperature");
        exactLength(reader);
        return hundredths == TEMPERATURE_NOT_KNOWN ? List.of() : List.of(Reading.of(Kind.AMBIENT_TEMPERATURE, hundredths / 100.0));
    }

    public List<Reading> pressure(byte[] value) throws GattParseException {
        LittleEndianReader reader = new LittleEndianReader(value, "Pressure (0x2A6D)");
        long tenths = reader.uint32("pressure");
        exactLength(reader);
        return List.of(Reading.of(Kind.AMBIENT_PRESSURE, tenths / 10.0));
    }

    /** These characteristics have no flags and no room to grow: a longer value is not one of them. */
    private static void exactLength(LittleEndianReader reader) throws GattParseException {
        if (reader.remaining() != 0) {
            throw reader.error(reader.remaining() + " unexpected byte(s) after the value");
        }
    }
}
