package org.vigil.care.domain.observation;

import java.time.Instant;
import java.util.UUID;

/**
 * One item of an uploaded batch exactly as it arrived: any field may be missing or wrong, which
 * is for {@link ObservationValidator} to say. Mirrors the gateway's
 * {@code {"measurementId","kind","value","unit","measuredAt","device"}}.
 */
public record ObservationInput(UUID measurementId, String kind, Double value, String unit, Instant measuredAt, String device) {
}
