package org.vigil.client.gateway.measurement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Places a device's time stamps on the gateway's timeline. Cuffs and thermometers keep their
 * own wall clock, set by hand or never, and time stamp stored measurements with it; GATT's Date
 * Time carries no zone. Once the gateway has seen the device's clock next to its own (Current
 * Time read at connect), every device time stamp is shifted by that offset, which also absorbs
 * the zone the device was set to. Until then a device time is taken as local time in the
 * gateway's zone, the best guess for a clock a person set.
 *
 * <p>A device that does not know the year sends year 0 ({@link #UNKNOWN_YEAR}): its
 * month, day and time are placed in the gateway's year, or the year before when that would put
 * them more than a day after receipt (a reading of 31 December sent on 1 January).
 */
public final class DeviceClock {

    /** The year of a device time stamp whose device did not know the year (ISO year 0, a leap year, so 29 February stands). */
    public static final int UNKNOWN_YEAR = 0;

    private final ZoneId assumedZone;
    private volatile Duration offset;

    public DeviceClock(ZoneId assumedZone) {
        this.assumedZone = assumedZone;
    }

    /** The device said its clock reads {@code deviceNow} when the gateway's read {@code gatewayNow}. */
    public void synchronise(LocalDateTime deviceNow, Instant gatewayNow) {
        LocalDateTime dated = withKnownYear(deviceNow, LocalDateTime.ofInstant(gatewayNow, assumedZone));
        offset = Duration.between(dated.toInstant(ZoneOffset.UTC), gatewayNow);
    }

    /** How far ahead of the device the gateway's clock is, once known. */
    public Optional<Duration> offset() {
        return Optional.ofNullable(offset);
    }

    /**
     * When the reading was measured. Without a device time stamp it is when the gateway got it.
     * Never later than that: a corrected time in the future means the correction is wrong.
     */
    public Instant measuredAt(Optional<LocalDateTime> deviceTime, Instant receivedAt) {
        if (deviceTime.isEmpty()) {
            return receivedAt;
        }
        Duration known = offset;
        // receipt as the device's clock would read it: the year a year-less time stamp belongs to
        LocalDateTime receiptOnDevice = known != null
                ? LocalDateTime.ofInstant(receivedAt.minus(known), ZoneOffset.UTC)
                : LocalDateTime.ofInstant(receivedAt, assumedZone);
        LocalDateTime deviceDated = withKnownYear(deviceTime.get(), receiptOnDevice);
        Instant corrected = known != null
                ? deviceDated.toInstant(ZoneOffset.UTC).plus(known)
                : deviceDated.atZone(assumedZone).toInstant();
        return corrected.isAfter(receivedAt) ? receivedAt : corrected;
    }

    private static LocalDateTime withKnownYear(LocalDateTime deviceTime, LocalDateTime reference) {
        if (deviceTime.getYear() != UNKNOWN_YEAR) {
            return deviceTime;
        }
        LocalDateTime sameYear = deviceTime.withYear(reference.getYear());
        return sameYear.isAfter(reference.plusDays(1)) ? deviceTime.withYear(reference.getYear() - 1) : sameYear;
    }
}
