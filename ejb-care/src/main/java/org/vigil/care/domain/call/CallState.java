package org.vigil.care.domain.call;

import java.util.Locale;

/**
 * Where a call stands. It rings until the gateway accepts or declines, or until nobody answered in
 * time (missed); an accepted call runs until either side hangs up (ended). A station hanging up
 * while it still rings ends it unanswered. Declined, missed and ended are final.
 */
public enum CallState {
    RINGING, ACCEPTED, DECLINED, MISSED, ENDED;

    /** Ringing or accepted: the two parties may still signal and get TURN credentials. */
    public boolean live() {
        return this == RINGING || this == ACCEPTED;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
