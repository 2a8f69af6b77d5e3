package org.vigil.care.domain.stale;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A source silent past its limit: the stale-data alarm to raise. */
public record StaleData(UUID patientId, String source, Instant lastHeard, Duration silentFor) {

    public String condition() {
        return condition(source);
    }

    public static String condition(String source) {
        return "stale:" + source;
    }

    public String message() {
        String what = SilenceLimit.GATEWAY.equals(source) ? "nothing from the gateway" : "no " + source;
        return what + " for " + silentFor.toMinutes() + " min (since " + lastHeard + ")";
    }
}
