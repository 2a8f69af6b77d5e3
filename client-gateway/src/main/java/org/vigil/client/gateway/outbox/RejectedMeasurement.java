package org.vigil.client.gateway.outbox;

import java.time.Instant;

import org.vigil.client.gateway.measurement.Measurement;

/** A measurement the server refused, with its reason, kept so that nothing vanishes unseen. */
public record RejectedMeasurement(Measurement measurement, String reason, Instant rejectedAt) {
}
