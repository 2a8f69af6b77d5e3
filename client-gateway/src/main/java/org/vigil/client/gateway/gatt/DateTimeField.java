package org.vigil.client.gateway.gatt;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;

import org.vigil.client.gateway.measurement.DeviceClock;

/**
 * The Date Time field (org.bluetooth.characteristic.date_time, 0x2A08) embedded in measurement
 * characteristics: year (uint16), month, day, hours, minutes, seconds (uint8 each). Year, month
 * or day 0 means "not known". A month or day that is not known, or a date the device cannot have
 * meant (13th month, 25th hour), is treated as no time stamp: the measurement itself is still
 * good, only its clock is not, and the gateway then times it on receipt. A year that is not
 * known (cuffs whose clock was set without one) keeps the rest: the time stamp is returned with
 * year 0 ({@link DeviceClock#UNKNOWN_YEAR}), and {@code DeviceClock} places it in the gateway's year, so a stored
 * reading the cuff sends again still has the same time stamp, and so the same id.
 */
final class DateTimeField {

    static final int LENGTH = 7;
    private static final int UNKNOWN_YEAR = DeviceClock.UNKNOWN_YEAR;

    private DateTimeField() {
    }

    static Optional<LocalDateTime> read(LittleEndianReader reader) throws GattParseException {
        int year = reader.uint16("time stamp year");
        int month = reader.uint8("time stamp month");
        int day = reader.uint8("time stamp day");
        int hours = reader.uint8("time stamp hours");
        int minutes = reader.uint8("time stamp minutes");
        int seconds = reader.uint8("time stamp seconds");
        if ((year != UNKNOWN_YEAR && year < 1582) || year > 9999 || month == 0 || day == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(year, month, day, hours, minutes, seconds));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }
}
