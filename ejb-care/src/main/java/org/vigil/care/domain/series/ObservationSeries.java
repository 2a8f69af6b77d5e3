package org.vigil.care.domain.series;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.vigil.care.domain.observation.VitalKind;

/** The read side of a patient's vitals: charts, raw pages, and the station overview. */
public interface ObservationSeries {

    /**
     * Min/avg/max per bucket of {@code width} over [{@code from}, {@code to}), summed up by the
     * database; buckets are aligned to the epoch (UTC) and empty ones are left out. The average is the
     * exact sum of the values divided by their count, whether the values or their minute rollups were read.
     */
    List<Bucket> downsample(UUID patientId, VitalKind kind, Instant from, Instant to, Duration width);

    /** Up to {@code limit} raw values in [{@code from}, {@code to}) after {@code after}, oldest first. */
    SeriesPage page(UUID patientId, VitalKind kind, Instant from, Instant to, Optional<Cursor> after, int limit);

    /** The newest value of every kind the patient has. */
    Map<VitalKind, LatestValue> latest(UUID patientId);
}
