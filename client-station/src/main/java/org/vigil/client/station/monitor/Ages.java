package org.vigil.client.station.monitor;

import java.time.Duration;
import java.time.Instant;

/**
 * How old a value is, the way a nurse says it: "just now", "10 s ago", "3 min ago", "2 h ago".
 * Under a minute the age moves in steps of 5 s: nobody at a ward screen acts on the difference
 * between 11 and 12 s, and a tile whose words do not change is not painted again. With values at
 * 1 Hz the age stays "just now", so a tile repaints once per value instead of once per value and
 * once per second (see BENCHMARKS.md, "Monitoring station").
 */
public final class Ages {

    /** Below this a value is "just now". */
    static final long JUST_NOW_S = 5;

    private Ages() {
    }

    public static String since(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s < JUST_NOW_S) {
            return "just now";
        }
        if (s < 60) {
            return (s - s % JUST_NOW_S) + " s ago";
        }
        if (s < 3600) {
            return (s / 60) + " min ago";
        }
        if (s < 86_400) {
            return (s / 3600) + " h ago";
        }
        return (s / 86_400) + " d ago";
    }
}
