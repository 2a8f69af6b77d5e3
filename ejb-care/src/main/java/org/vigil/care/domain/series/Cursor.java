package org.vigil.care.domain.series;

import java.time.Instant;

/** A position in a patient's series, ordered by measurement time then row id: the last row a page gave. */
public record Cursor(Instant measuredAt, long id) {
}
