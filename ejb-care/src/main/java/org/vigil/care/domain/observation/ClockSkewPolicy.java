package org.vigil.care.domain.observation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far a measurement's time may be from the server's clock. The gateway never dates a value
 * later than it received it, so a time ahead of the server beyond {@code maxAhead} means the
 * gateway's clock is wrong. A time older than {@code maxAge} is a device clock that was never
 * set (cuffs restart in 2000 or 1970), since the gateway's outbox holds about ten days of
 * high-rate data and spot measurements are uploaded within minutes of reconnecting.
 */
public record ClockSkewPolicy(Duration maxAhead, Duration maxAge) {

    /** Five minutes ahead (NTP-less boxes drift that far in weeks), 30 days back. */
    public static final ClockSkewPolicy DEFAULT = new ClockSkewPolicy(Duration.ofMinutes(5), Duration.ofDays(30));

    /** @return why {@code measuredAt} is unacceptable when received at {@code now}, if it is */
    public Optional<String> check(Instant measuredAt, Instant now) {
        if (measuredAt.isAfter(now.plus(maxAhead))) {
            return Optional.of("measuredAt " + measuredAt + " is " + Duration.between(now, measuredAt).toSeconds()
                    + " s ahead of the server's clock (at most " + maxAhead.toSeconds() + " s allowed)");
        }
        if (measuredAt.isBefore(now.minus(maxAge))) {
            return Optional.of("measuredAt " + measuredAt + " is older than " + maxAge.toDays() + " days");
        }
        return Optional.empty();
    }
}
