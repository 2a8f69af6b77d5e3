package org.vigil.stats.application;

import java.time.Instant;

/** One point of a device's chart: the bucket's start, its mean, lowest and highest value. */
public record SeriesPoint(Instant at, double mean, double min, double max) {
}
