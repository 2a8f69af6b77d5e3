package org.vigil.care.domain.series;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * What a chart bucket is computed from, in a form that parts of the bucket (the values of a partial
 * minute, the rollups of whole minutes) add up to exactly: the count, the exact decimal sum, the least
 * and the greatest value. A sum of doubles would depend on the order of the additions.
 *
 * @param index the bucket's number: its epoch second divided by the width
 */
public record BucketSums(long index, long count, BigDecimal sum, double min, double max) {

    public BucketSums plus(BucketSums other) {
        if (other.index != index) {
            throw new IllegalArgumentException("bucket " + other.index + " is not bucket " + index);
        }
        return new BucketSums(index, count + other.count, sum.add(other.sum), Math.min(min, other.min), Math.max(max, other.max));
    }

    /**
     * The chart point. The average is the exact sum rounded once to a double, divided by the count: for
     * whole-number values below 2^53 that is the same double as the database's {@code AVG}.
     */
    public Bucket toBucket(Duration width) {
        return new Bucket(Instant.ofEpochSecond(index * width.toSeconds()), min, sum.doubleValue() / count, max, count);
    }
}
