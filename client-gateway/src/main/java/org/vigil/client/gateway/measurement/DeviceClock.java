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
 */
public final class DeviceClock {

    private final ZoneId assumedZone;
    private volatile Duration offset;

    public DeviceClock(ZoneId assumedZone) {
        this.assumedZone = assumedZone;
    }

    /** The device said its clock reads {@code deviceNow} when the gateway's read {@code gatewayNow}. */
    public void synchronise(LocalDateTime deviceNow, Instant gatewayNow) {
        offset = Duration.between(deviceNow.toInstant(ZoneOffset.UTC), gatewayNow);
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
        Instant corrected = known != null
                ? deviceTime.get().toInstant(ZoneOffset.UTC).plus(known)
                : deviceTime.get().atZone(assumedZone).toInstant();
        return corrected.isAfter(receivedAt) ? receivedAt : corrected;
    }
}
