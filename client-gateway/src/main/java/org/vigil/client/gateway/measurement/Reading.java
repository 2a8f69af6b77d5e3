package org.vigil.client.gateway.measurement;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One value a device reported, as parsed from its GATT bytes, before it has an id or a time on
 * the gateway's clock. The device time is the device's own wall clock, with no zone (GATT's
 * Date Time has none): {@link DeviceClock} places it on the timeline.
 */
public record Reading(Kind kind, double value, Optional<LocalDateTime> deviceTime) {

    public Reading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deviceTime, "deviceTime");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a reading has a finite value, got " + value);
        }
    }

    public static Reading of(Kind kind, double value) {
        return new Reading(kind, value, Optional.empty());
    }

    public String unit() {
        return kind.unit();
    }
}
