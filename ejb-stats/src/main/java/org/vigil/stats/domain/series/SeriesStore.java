package org.vigil.stats.domain.series;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.vigil.stats.domain.fleet.Metric;

/** Where the buckets live. */
public interface SeriesStore {

    /** Adds each value to its device's minute bucket, in the caller's transaction. */
    void add(String deviceId, Instant at, Map<Metric, Double> values);

    /** Every bucket of a resolution that starts in [from, to). */
    List<Bucket> between(Resolution resolution, Instant from, Instant to);

    /** One device's series at a resolution from {@code from} on, oldest first. */
    List<Bucket> series(String deviceId, Metric metric, Resolution resolution, Instant from);

    void insert(List<Bucket> buckets);

    /** Deletes the buckets of a resolution that start before {@code before}; @return how many. */
    int deleteBefore(Resolution resolution, Instant before);
}
