package org.vigil.care.domain.stale;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Which stale-data alarms are due at {@code now}: every watched source silent for longer than its
 * limit. A pure function, so the timer that calls it (and the ingest path that clears the alarm
 * when data comes back) hold no state of their own; raising an alarm already open is a no-op of
 * the alert lifecycle.
 */
public final class StaleDataCheck {

    private StaleDataCheck() {
    }

    public static List<StaleData> due(Collection<SilenceWatch> watches, Instant now) {
        return watches.stream()
                .filter(w -> Duration.between(w.lastHeard(), now).compareTo(w.maxSilence()) > 0)
                .map(w -> new StaleData(w.patientId(), w.source(), w.lastHeard(), Duration.between(w.lastHeard(), now)))
                .toList();
    }

    /** When the next alarm could fall due, for the timer to sleep until then (null: nothing watched). */
    public static Instant nextDue(Collection<SilenceWatch> watches, Instant now) {
        return watches.stream()
                .map(w -> w.lastHeard().plus(w.maxSilence()))
                .filter(t -> !t.isBefore(now))
                .min(Instant::compareTo)
                .orElse(null);
    }
}
