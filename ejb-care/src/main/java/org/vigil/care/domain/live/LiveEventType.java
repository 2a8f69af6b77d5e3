package org.vigil.care.domain.live;

import java.util.Locale;

/** What a live event carries; the wire name is the lower-case name. */
public enum LiveEventType {
    /** Observations of one upload newly stored for one patient. */
    OBSERVATIONS,
    /** A step of an alert's life (raised, worsened, acknowledged, snoozed, escalated, closed...). */
    ALERT,
    /** A patient was put on a station's watch. */
    ASSIGNED,
    /** A patient was taken off a station's watch. */
    RELEASED,
    /** A step of one of the patient's prescriptions (signed, received, ready, picked up, returned...). */
    PRESCRIPTION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
