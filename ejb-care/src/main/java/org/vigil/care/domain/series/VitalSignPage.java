package org.vigil.care.domain.series;

import java.util.List;
import java.util.Optional;

/** One page of whole stored values, oldest first, and where the next page starts when there is one. */
public record VitalSignPage(List<StoredVitalSign> rows, Optional<Cursor> next) {

    public VitalSignPage {
        rows = List.copyOf(rows);
    }
}
