package org.vigil.care.domain.threshold;

import java.time.Period;

/**
 * The age bands default alert limits are given for. The child bands follow the age brackets of
 * Fleming et al.'s heart and respiratory rate centiles (Lancet 2011); adults start at 16, where
 * NEWS2 applies.
 */
public enum AgeGroup {
    INFANT, TODDLER, YOUNG_CHILD, CHILD, ADOLESCENT, ADULT;

    public static AgeGroup of(Period age) {
        int years = age.getYears();
        if (years < 1) {
            return INFANT;
        }
        if (years < 2) {
            return TODDLER;
        }
        if (years < 6) {
            return YOUNG_CHILD;
        }
        if (years < 12) {
            return CHILD;
        }
        return years < 16 ? ADOLESCENT : ADULT;
    }
}
