package org.vigil.client.station.monitor;

import java.util.Collection;

/**
 * The value axis of a vital's chart: round bounds a little outside what is shown, and never
 * narrower than a fifth of the values' size, so a single heart rate of 190 does not fill the chart
 * with 188.00…192.00 as if it were moving, and a point never sits on the chart's edge.
 */
public record ValueAxisRange(double lower, double upper, double tick) {

    private static final int TICKS = 8;

    /** @return null when there is nothing to show (the axis keeps ranging by itself) */
    public static ValueAxisRange around(Collection<Double> shown) {
        if (shown.isEmpty()) {
            return null;
        }
        double min = shown.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = shown.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double middle = (min + max) / 2;
        double span = Math.max(max - min, Math.max(Math.abs(middle) * 0.2, 1));
        double tick = roundStep(span * 1.2 / TICKS);
        double lower = Math.floor((middle - span * 0.6) / tick) * tick;
        double upper = Math.ceil((middle + span * 0.6) / tick) * tick;
        if (min >= 0 && lower < 0) {
            // a vital that cannot be negative gets no negative ticks
            upper -= lower;
            lower = 0;
        }
        return new ValueAxisRange(lower, upper, tick);
    }

    /** 1, 2 or 5 times a power of ten: steps a reader counts in. */
    static double roundStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
