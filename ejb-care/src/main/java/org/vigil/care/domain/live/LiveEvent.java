package org.vigil.care.domain.live;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the live event log stations read: stored observations of a patient, a step of an
 * alert, or an assignment change ({@code stationId} then names the station). {@code id} is the
 * event id stations resume from; {@code payload} is JSON object text.
 */
public record LiveEvent(long id, UUID patientId, UUID stationId, LiveEventType type, Instant occurredAt, String payload) {
}
