package org.vigil.care.domain.series;

import java.time.Duration;
import java.util.List;

/**
 * Picks a chart's bucket width: the smallest step of a fixed ladder that keeps a range within the
 * number of points the chart can draw. Fixed steps keep bucket edges on round times, so two
 * stations asking for overlapping ranges see the same buckets.
 */
public final class BucketWidth {

    static final List<Duration> LADDER = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(15),
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(7));

    private BucketWidth() {
    }

    public static Duration forRange(Duration range, int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("a chart needs at least one point");
        }
        for (Duration step : LADDER) {
            if (range.toSeconds() / step.toSeconds() <= maxPoints) {
                return step;
            }
        }
        return LADDER.get(LADDER.size() - 1);
    }
}
