package org.vigil.client.gateway.gatt;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Current Time (0x2A2B) of the Current Time Service: Date Time (7 bytes), day of week (uint8),
 * fractions of a second in 1/256 s (uint8), adjust reason (uint8). Read when a device connects,
 * to learn how far its clock is from the gateway's. Empty when the device does not know the date.
 */
public final class CurrentTimeParser {

    public static final UUID CHARACTERISTIC = MeasurementCharacteristic.sig(0x2A2B);

    public Optional<LocalDateTime> parse(byte[] value) throws GattParseException {
        LittleEndianReader reader = new LittleEndianReader(value, "Current Time (0x2A2B)");
        Optional<LocalDateTime> dateTime = DateTimeField.read(reader);
        reader.uint8("day of week");
        int fractions256 = reader.uint8("fractions256");
        reader.uint8("adjust reason");
        return dateTime.map(t -> t.plusNanos(fractions256 * 1_000_000_000L / 256));
    }
}
