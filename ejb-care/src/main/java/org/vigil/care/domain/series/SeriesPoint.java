package org.vigil.care.domain.series;

import java.time.Instant;

/** One stored value of a series, with its row id for cursors and live event ids. */
public record SeriesPoint(long id, Instant measuredAt, double value) {
}
