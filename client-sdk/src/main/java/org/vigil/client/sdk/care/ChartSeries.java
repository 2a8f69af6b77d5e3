package org.vigil.client.sdk.care;

import java.time.Instant;
import java.util.List;

/** A downsampled range of one kind: min/avg/max per bucket of {@code bucketSeconds}. */
public record ChartSeries(String patientId, String kind, String unit, Instant from, Instant to, long bucketSeconds, List<Bucket> buckets) {

    public record Bucket(Instant start, double min, double avg, double max, long count) {
    }
}
