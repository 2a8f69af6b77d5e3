package org.vigil.care.domain.live;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A live event before the log has given it its id. */
public record NewLiveEvent(UUID patientId, UUID stationId, LiveEventType type, Instant occurredAt, String payload) {

    public NewLiveEvent {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
