package org.vigil.care.domain.stale;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing to watch for silence: a patient's source (a kind code or {@link SilenceLimit#GATEWAY}),
 * how long it may be silent, and when it was last heard from (for a source never heard from, when
 * watching began: admission or the limit's creation).
 */
public record SilenceWatch(UUID patientId, String source, Duration maxSilence, Instant lastHeard) {
}
