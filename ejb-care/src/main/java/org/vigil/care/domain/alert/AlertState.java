package org.vigil.care.domain.alert;

/**
 * Where an alert is in its life. Raised {@link #OPEN}; {@link #SNOOZED} with a reason until a
 * time; {@link #ESCALATED} to the care team when nobody acknowledged it in time; all three wait
 * for an acknowledgement. {@link #ACKNOWLEDGED} while its condition persists, {@link #CLOSED}
 * once it is both acknowledged and cleared; only then can the same condition raise a new alert.
 */
public enum AlertState {
    OPEN, SNOOZED, ESCALATED, ACKNOWLEDGED, CLOSED;

    public boolean awaitsAcknowledgement() {
        return this == OPEN || this == SNOOZED || this == ESCALATED;
    }
}
