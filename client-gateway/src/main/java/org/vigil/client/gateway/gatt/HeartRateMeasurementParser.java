package org.vigil.client.gateway.gatt;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Heart Rate Measurement (0x2A37) per the Heart Rate Service 1.0: flags (uint8), heart rate
 * (uint8 or uint16 by flag bit 0), sensor contact (bits 1–2), energy expended in kJ (uint16,
 * present with bit 3), then RR intervals (uint16 each, 1/1024 s, present with bit 4) filling the
 * rest of the value.
 */
public final class HeartRateMeasurementParser {

    private static final String NAME = "Heart Rate Measurement (0x2A37)";
    private static final int VALUE_UINT16 = 0x01;
    private static final int CONTACT_SUPPORTED = 0x04;
    private static final int CONTACT_DETECTED = 0x02;
    private static final int ENERGY_EXPENDED = 0x08;
    private static final int RR_INTERVALS = 0x10;

    public HeartRateMeasurement parse(byte[] value) throws GattParseException {
        LittleEndianReader reader = new LittleEndianReader(value, NAME);
        int flags = reader.uint8("flags");
        int heartRate = (flags & VALUE_UINT16) != 0 ? reader.uint16("heart rate (uint16)") : reader.uint8("heart rate (uint8)");
        SensorContact contact = (flags & CONTACT_SUPPORTED) == 0 ? SensorContact.NOT_SUPPORTED
                : (flags & CONTACT_DETECTED) != 0 ? SensorContact.DETECTED : SensorContact.NOT_DETECTED;
        OptionalInt energy = (flags & ENERGY_EXPENDED) != 0 ? OptionalInt.of(reader.uint16("energy expended")) : OptionalInt.empty();
        List<Integer> rrIntervals = new ArrayList<>();
        if ((flags & RR_INTERVALS) != 0) {
            if (reader.remaining() == 0 || reader.remaining() % 2 != 0) {
                throw reader.error("RR-interval flag set but " + reader.remaining()
                        + " byte(s) left; RR intervals are a non-empty list of uint16");
            }
            while (reader.remaining() > 0) {
                rrIntervals.add(reader.uint16("RR interval"));
            }
        }
        return new HeartRateMeasurement(heartRate, contact, energy, rrIntervals);
    }
}
