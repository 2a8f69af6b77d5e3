package org.vigil.client.gateway.measurement;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A reading ready to leave the gateway: it has the id the server deduplicates on, a time on the
 * gateway's (NTP-synchronised) clock, and the Bluetooth address of the device that measured it.
 */
public record Measurement(UUID id, Kind kind, double value, Instant measuredAt, String device) {

    public Measurement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measuredAt, "measuredAt");
        Objects.requireNonNull(device, "device");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a measurement has a finite value, got " + value);
        }
    }

    public String unit() {
        return kind.unit();
    }
}
