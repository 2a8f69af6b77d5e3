package org.vigil.care.domain.series;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which parts of a chart's range [{@code from}, {@code to}) are read from the per-minute rollups and which
 * from the values themselves. Rollups serve only buckets that are whole minutes (every bucket of the
 * {@link BucketWidth} ladder from one minute up, all epoch-aligned, so each bucket is a run of whole
 * minutes) and only the whole minutes inside the range; a range that starts or ends inside a minute
 * reads that partial minute's values, so the answer is the same as reading every value.
 *
 * @param raw     the spans whose values are read one by one (at most two: the head and the tail)
 * @param minutes the whole minutes read from the rollups, if any
 */
public record ChartPlan(List<Span> raw, Optional<Minutes> minutes) {

    private static final long MINUTE = 60;

    public ChartPlan {
        raw = List.copyOf(raw);
    }

    /** A half-open span of time [{@code from}, {@code to}). */
    public record Span(Instant from, Instant to) {
    }

    /** Epoch minutes [{@code first}, {@code end}): minute m holds the values of [60 m, 60 m + 60) seconds. */
    public record Minutes(long first, long end) {
    }

    public static ChartPlan of(Instant from, Instant to, Duration width) {
        long seconds = width.toSeconds();
        if (seconds < MINUTE || seconds % MINUTE != 0 || width.toNanosPart() != 0) {
            return allRaw(from, to);
        }
        long firstWhole = ceilMinute(from);
        long endWhole = Math.floorDiv(to.getEpochSecond(), MINUTE);
        if (firstWhole >= endWhole) {
            return allRaw(from, to);
        }
        Instant wholeFrom = Instant.ofEpochSecond(firstWhole * MINUTE);
        Instant wholeTo = Instant.ofEpochSecond(endWhole * MINUTE);
        List<Span> raw = new ArrayList<>(2);
        if (from.isBefore(wholeFrom)) {
            raw.add(new Span(from, wholeFrom));
        }
        if (wholeTo.isBefore(to)) {
            raw.add(new Span(wholeTo, to));
        }
        return new ChartPlan(raw, Optional.of(new Minutes(firstWhole, endWhole)));
    }

    private static ChartPlan allRaw(Instant from, Instant to) {
        return new ChartPlan(List.of(new Span(from, to)), Optional.empty());
    }

    /** The first epoch minute that starts at or after {@code t}. */
    private static long ceilMinute(Instant t) {
        long minute = Math.floorDiv(t.getEpochSecond(), MINUTE);
        boolean onBoundary = t.getNano() == 0 && Math.floorMod(t.getEpochSecond(), MINUTE) == 0;
        return onBoundary ? minute : minute + 1;
    }
}
