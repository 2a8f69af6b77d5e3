package org.vigil.care.application;

import java.time.Duration;
import java.util.List;

import org.vigil.care.domain.series.Bucket;

/** A downsampled range: the bucket width the server chose and the non-empty buckets, oldest first. */
public record Chart(Duration width, List<Bucket> buckets) {

    public Chart {
        buckets = List.copyOf(buckets);
    }
}
