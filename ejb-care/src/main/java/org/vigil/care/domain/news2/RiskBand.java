package org.vigil.care.domain.news2;

/**
 * NEWS2 clinical risk (RCP 2017, table 2): low for an aggregate of 0–4, low–medium when any
 * single parameter scores 3 (a "red score") with an aggregate under 5, medium for 5–6, high for
 * 7 or more. Ordered by urgency.
 */
public enum RiskBand {
    LOW, LOW_MEDIUM, MEDIUM, HIGH;

    static RiskBand of(int aggregate, boolean anyRedScore) {
        if (aggregate >= 7) {
            return HIGH;
        }
        if (aggregate >= 5) {
            return MEDIUM;
        }
        return anyRedScore ? LOW_MEDIUM : LOW;
    }
}
