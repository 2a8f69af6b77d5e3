package org.vigil.care.domain.alert;

import java.time.Duration;

/**
 * How long an alert may wait for an acknowledgement before the care team is called, by severity,
 * and the longest snooze allowed.
 */
public record EscalationPolicy(Duration warning, Duration urgent, Duration emergency, Duration maxSnooze) {

    /**
     * Emergency 5 min, urgent 15 min, warning 60 min; snoozes up to 4 h. NEWS2 asks for an
     * emergency assessment at once and an urgent one within the hour, so escalation fires well
     * before those.
     */
    public static final EscalationPolicy DEFAULT = new EscalationPolicy(Duration.ofMinutes(60), Duration.ofMinutes(15),
            Duration.ofMinutes(5), Duration.ofHours(4));

    public Duration after(AlertSeverity severity) {
        return switch (severity) {
            case WARNING -> warning;
            case URGENT -> urgent;
            case EMERGENCY -> emergency;
        };
    }
}
