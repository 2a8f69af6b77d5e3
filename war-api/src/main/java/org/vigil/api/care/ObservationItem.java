package org.vigil.api.care;

import java.time.Instant;
import java.util.UUID;

/** One measurement of a batch, as the gateway sends it; the care module judges its values. */
public record ObservationItem(UUID measurementId, String kind, Double value, String unit, Instant measuredAt, String device) {
}
