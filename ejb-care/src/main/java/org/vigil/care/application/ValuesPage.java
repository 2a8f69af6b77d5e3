package org.vigil.care.application;

import java.util.List;
import java.util.Optional;

import org.vigil.care.domain.series.SeriesPoint;

/** Raw values, oldest first, and the opaque token of the next page when there is more. */
public record ValuesPage(List<SeriesPoint> values, Optional<String> nextPageToken) {

    public ValuesPage {
        values = List.copyOf(values);
    }
}
