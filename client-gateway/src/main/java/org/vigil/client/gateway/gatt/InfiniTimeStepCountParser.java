package org.vigil.client.gateway.gatt;

import java.util.List;

import org.vigil.client.gateway.measurement.Kind;
import org.vigil.client.gateway.measurement.Reading;

/**
 * Step count of InfiniTime's Motion Service (a vendor service of the PineTime watch): service
 * {@code 00030000-78fc-48fe-8e23-433b3a1942d0}, characteristic
 * {@code 00030001-78fc-48fe-8e23-433b3a1942d0}, read and notify, one uint32: the steps counted
 * today (the watch resets it at midnight). Used instead of the Physical Activity Monitor's
 * segmented Step Counter Activity Summary (0x2B40), which no watch we support sends; Running
 * Speed and Cadence (0x2A53) carries no step count at all.
 */
public final class InfiniTimeStepCountParser {

    public List<Reading> parse(byte[] value) throws GattParseException {
        LittleEndianReader reader = new LittleEndianReader(value, "InfiniTime step count");
        long steps = reader.uint32("step count");
        if (reader.remaining() != 0) {
            throw reader.error(reader.remaining() + " unexpected byte(s) after the step count");
        }
        return List.of(Reading.of(Kind.STEPS, steps));
    }
}
