package org.vigil.client.station.monitor;

import java.time.Instant;

import org.vigil.client.sdk.care.AlertState;

/**
 * An alert the station knows to be open (raised, escalated or snoozed; acknowledged and cleared
 * ones leave). Severity is shown with a shape and a word as well as a colour.
 */
public record OpenAlert(String alertId, String patientId, String condition, String severity, String state, String message, Instant at) {

    /** An alert as the server lists it (REST), in the feed's words. */
    public static OpenAlert of(AlertState listed) {
        return new OpenAlert(listed.id(), listed.patientId(), listed.condition(), listed.severity(), listed.state(), listed.message(),
                listed.raisedAt());
    }

    public boolean alarming() {
        return ("urgent".equals(severity) || "emergency".equals(severity)) && !"snoozed".equals(state);
    }

    /** Shape and word, so that the level is read without colour. */
    public String badge() {
        return switch (severity) {
            case "emergency" -> "■■ EMERGENCY";
            case "urgent" -> "▲ URGENT";
            case "warning" -> "◆ WARNING";
            default -> "● " + severity.toUpperCase(java.util.Locale.ROOT);
        };
    }

    public int rank() {
        return switch (severity) {
            case "emergency" -> 4;
            case "urgent" -> 3;
            case "warning" -> 2;
            default -> 1;
        };
    }
}
