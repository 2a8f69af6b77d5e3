package org.vigil.stats.domain.series;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How finely a series is kept: every report lands in its minute; minutes roll up into hours, hours into days. */
public enum Resolution {
    MINUTE(ChronoUnit.MINUTES),
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Resolution(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The start of the bucket holding {@code t} (UTC). */
    public Instant bucketOf(Instant t) {
        return t.truncatedTo(unit);
    }

    public Duration width() {
        return unit.getDuration();
    }

    /** The next coarser resolution, or null for days. */
    public Resolution coarser() {
        return this == MINUTE ? HOUR : this == HOUR ? DAY : null;
    }
}
