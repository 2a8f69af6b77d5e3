package org.vigil.care.domain.threshold;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.patient.Spo2Scale;

/**
 * Alert limits a patient has until the care team sets their own. Wide on purpose: a default
 * limit should catch a patient in trouble, not a healthy one's ordinary day.
 *
 * <p>Sources:
 * <ul>
 * <li>Adults (16+): the values at which one NEWS2 parameter alone scores 3, the RCP's trigger
 *     for an urgent clinical review (RCP, National Early Warning Score 2, 2017, chart 1): heart
 *     rate outside 41–130 /min, respiratory rate outside 9–24 /min, systolic pressure below 91,
 *     SpO2 below 92 % (below 84 % on scale 2), temperature 35.0 °C or lower; and a temperature
 *     of 39.1 °C or more (NEWS2's highest temperature score). High blood pressure: 180 systolic or
 *     120 diastolic, the hypertensive crisis of the 2017 ACC/AHA guideline (Whelton et al.).</li>
 * <li>Children: heart and respiratory rate outside the 1st–99th centiles of Fleming et al.,
 *     "Normal ranges of heart rate and respiratory rate in children from birth to 18 years",
 *     Lancet 2011;377:1011–18, taking the widest bracket within each band. Systolic hypotension by
 *     the PALS rule (below 70 mm[Hg] in infants, 70 + 2 × age in years from 1 to 10, 90 from 10).
 *     High blood pressure from 140/90 for adolescents (stage 2 hypertension for 13 and over in
 *     the 2017 AAP guideline, Flynn et al.); younger children's limits depend on height
 *     percentiles, so they have no default and the care team sets them. Fever 38.0 °C for infants
 *     (NICE NG143: 38 °C or more under 3 months is a red flag), 39.0 °C for older children;
 *     SpO2 below 92 % (the admission threshold of the BTS and NICE NG9 guidance).</li>
 * </ul>
 */
public final class ThresholdDefaults {

    private ThresholdDefaults() {
    }

    public static Map<VitalKind, Threshold> forPatient(Period age, Spo2Scale scale) {
        AgeGroup group = AgeGroup.of(age);
        Map<VitalKind, Threshold> t = new EnumMap<>(VitalKind.class);
        if (group == AgeGroup.ADULT) {
            rate(t, 41, 130, 9, 24);
            t.put(VitalKind.SYSTOLIC_PRESSURE, new Threshold(VitalKind.SYSTOLIC_PRESSURE, 91.0, 180.0));
            t.put(VitalKind.DIASTOLIC_PRESSURE, new Threshold(VitalKind.DIASTOLIC_PRESSURE, null, 120.0));
            t.put(VitalKind.SPO2, new Threshold(VitalKind.SPO2, scale == Spo2Scale.SCALE_2 ? 84.0 : 92.0, null));
            t.put(VitalKind.BODY_TEMPERATURE, new Threshold(VitalKind.BODY_TEMPERATURE, 35.1, 39.0));
            return t;
        }
        switch (group) {
            case INFANT -> rate(t, 93, 181, 22, 66);
            case TODDLER -> rate(t, 82, 156, 19, 53);
            case YOUNG_CHILD -> rate(t, 65, 142, 17, 38);
            case CHILD -> rate(t, 52, 123, 14, 27);
            default -> rate(t, 43, 108, 11, 23);
        }
        int years = age.getYears();
        double lowSystolic = years < 1 ? 70 : years < 10 ? 70 + 2 * years : 90;
        boolean adolescent = group == AgeGroup.ADOLESCENT;
        t.put(VitalKind.SYSTOLIC_PRESSURE, new Threshold(VitalKind.SYSTOLIC_PRESSURE, lowSystolic, adolescent ? 140.0 : null));
        if (adolescent) {
            t.put(VitalKind.DIASTOLIC_PRESSURE, new Threshold(VitalKind.DIASTOLIC_PRESSURE, null, 90.0));
        }
        t.put(VitalKind.SPO2, new Threshold(VitalKind.SPO2, 92.0, null));
        t.put(VitalKind.BODY_TEMPERATURE, new Threshold(VitalKind.BODY_TEMPERATURE, 35.1, group == AgeGroup.INFANT ? 37.9 : 38.9));
        return t;
    }

    /** Heart and pulse rate share limits; the limits are the last values still inside. */
    private static void rate(Map<VitalKind, Threshold> t, double lowHeart, double highHeart, double lowResp, double highResp) {
        t.put(VitalKind.HEART_RATE, new Threshold(VitalKind.HEART_RATE, lowHeart, highHeart));
        t.put(VitalKind.PULSE_RATE, new Threshold(VitalKind.PULSE_RATE, lowHeart, highHeart));
        t.put(VitalKind.RESPIRATORY_RATE, new Threshold(VitalKind.RESPIRATORY_RATE, lowResp, highResp));
    }
}
