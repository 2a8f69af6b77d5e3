package org.vigil.client.station.monitor;

import java.time.Duration;
import java.time.Instant;

/** How old a value is, the way a nurse says it: "12 s ago", "3 min ago", "2 h ago". */
public final class Ages {

    private Ages() {
    }

    public static String since(Instant then, Instant now) {
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s < 60) {
            return s + " s ago";
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
