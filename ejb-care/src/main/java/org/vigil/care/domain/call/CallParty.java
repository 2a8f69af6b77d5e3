package org.vigil.care.domain.call;

import java.util.Locale;

/** The two sides of a call: the station that calls and the gateway in the patient's home. */
public enum CallParty {
    STATION, GATEWAY;

    public CallParty other() {
        return this == STATION ? GATEWAY : STATION;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
