package org.vigil.care.domain.series;

import java.time.Instant;

import org.vigil.care.domain.observation.VitalKind;

/** The most recent value of one kind for one patient: what a station's overview shows. */
public record LatestValue(VitalKind kind, double value, Instant measuredAt, long observationId) {
}
