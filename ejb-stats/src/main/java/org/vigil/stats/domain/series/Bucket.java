package org.vigil.stats.domain.series;

import java.time.Instant;

import org.vigil.stats.domain.fleet.Metric;

/**
 * One device's figure over one bucket of time: how many values fell in it, their sum (for the
 * mean), lowest, highest and last.
 */
public record Bucket(String deviceId, Metric metric, Resolution resolution, Instant start, long count, double sum, double min,
                     double max, double last) {

    public double mean() {
        return count == 0 ? 0 : sum / count;
    }
}
