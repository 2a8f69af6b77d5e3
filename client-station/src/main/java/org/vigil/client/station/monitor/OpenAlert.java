package org.vigil.client.station.monitor;

import java.time.Instant;

/**
 * An alert the station knows to be open (raised, escalated or snoozed; acknowledged and cleared
 * ones leave). Severity is shown with a shape and a word as well as a colour.
 */
public record OpenAlert(String alertId, String patientId, String condition, String severity, String state, String message, Instant at) {

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
