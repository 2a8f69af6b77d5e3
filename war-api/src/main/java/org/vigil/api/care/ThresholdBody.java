package org.vigil.api.care;

/** A patient's limits for one kind; either side may be left out (no limit there). */
public record ThresholdBody(Double low, Double high) {
}
