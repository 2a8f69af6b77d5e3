package org.vigil.client.gateway.gatt;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The Date Time field (org.bluetooth.characteristic.date_time, 0x2A08) embedded in measurement
 * characteristics: year (uint16), month, day, hours, minutes, seconds (uint8 each). Year, month
 * or day 0 means "not known". A date the device cannot have meant (13th month, 25th hour) is
 * treated like an unknown one: the measurement itself is still good, only its clock is not, and
 * the gateway then times it on receipt.
 */
final class DateTimeField {

    static final int LENGTH = 7;

    private DateTimeField() {
    }

    static Optional<LocalDateTime> read(LittleEndianReader reader) throws GattParseException {
        int year = reader.uint16("time stamp year");
        int month = reader.uint8("time stamp month");
        int day = reader.uint8("time stamp day");
        int hours = reader.uint8("time stamp hours");
        int minutes = reader.uint8("time stamp minutes");
        int seconds = reader.uint8("time stamp seconds");
        if (year < 1582 || year > 9999 || month == 0 || day == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hours, minutes, seconds));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }
}
