package org.vigil.care.domain.observation;

import java.time.Instant;
import java.util.UUID;

/** A stored value as readers see it, whichever side (ingest or database) it comes from. */
public record VitalSign(UUID measurementId, UUID patientId, VitalKind kind, double value, Instant measuredAt, String device) {
}
