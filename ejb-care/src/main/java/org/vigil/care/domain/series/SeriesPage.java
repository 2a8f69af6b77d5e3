package org.vigil.care.domain.series;

import java.util.List;
import java.util.Optional;

/** One page of raw values, oldest first, and the position to continue from when there is more. */
public record SeriesPage(List<SeriesPoint> points, Optional<Cursor> next) {

    public SeriesPage {
        points = List.copyOf(points);
    }
}
