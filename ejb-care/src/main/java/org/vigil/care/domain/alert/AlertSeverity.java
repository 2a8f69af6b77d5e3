package org.vigil.care.domain.alert;

import org.vigil.care.domain.news2.RiskBand;

/** How soon someone must look, ordered by urgency. */
public enum AlertSeverity {
    /** Data missing (stale gateway or vital): check the equipment. */
    WARNING,
    /** A limit crossed, or NEWS2 low–medium or medium: an urgent review. */
    URGENT,
    /** NEWS2 high: an emergency response. */
    EMERGENCY;

    public static AlertSeverity of(RiskBand band) {
        return band == RiskBand.HIGH ? EMERGENCY : URGENT;
    }

    public boolean above(AlertSeverity other) {
        return compareTo(other) > 0;
    }
}
