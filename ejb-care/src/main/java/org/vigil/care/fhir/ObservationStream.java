package org.vigil.care.fhir;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.vigil.care.domain.observation.VitalKind;

/**
 * The series Vigil publishes as FHIR Observations, in the order a search pages through them.
 * Blood pressure is one panel per cuff reading; the watch's 1 Hz heart rate is one Observation
 * per minute (its mean); the other kinds are one Observation per stored value. RR intervals and
 * the room's temperature and pressure are not clinical observations of the patient and are not
 * published.
 */
public enum ObservationStream {
    BLOOD_PRESSURE(VitalKind.SYSTOLIC_PRESSURE, "vital-signs", VitalSignCode.BLOOD_PRESSURE_PANEL.code()),
    HEART_RATE_PER_MINUTE(VitalKind.HEART_RATE, "vital-signs", "8867-4"),
    PULSE_RATE(VitalKind.PULSE_RATE, "vital-signs", "8867-4"),
    RESPIRATORY_RATE(VitalKind.RESPIRATORY_RATE, "vital-signs", "9279-1"),
    BODY_TEMPERATURE(VitalKind.BODY_TEMPERATURE, "vital-signs", "8310-5"),
    SPO2(VitalKind.SPO2, "vital-signs", "59408-5", "2708-6"),
    STEPS(VitalKind.STEPS, "activity", "55423-8");

    private final VitalKind kind;
    private final String category;
    private final List<String> loincCodes;

    ObservationStream(VitalKind kind, String category, String... loincCodes) {
        this.kind = kind;
        this.category = category;
        this.loincCodes = List.of(loincCodes);
    }

    /** The stored kind that drives the stream (systolic pressure for the panel). */
    public VitalKind kind() {
        return kind;
    }

    public String category() {
        return category;
    }

    public boolean hasLoinc(String code) {
        return loincCodes.contains(code);
    }

    /** The streams whose Observations carry this LOINC code; none for a code Vigil does not publish. */
    public static Set<ObservationStream> withLoinc(String code) {
        Set<ObservationStream> streams = EnumSet.noneOf(ObservationStream.class);
        for (ObservationStream s : values()) {
            if (s.hasLoinc(code)) {
                streams.add(s);
            }
        }
        return streams;
    }

    public static Set<ObservationStream> inCategory(String category) {
        Set<ObservationStream> streams = EnumSet.noneOf(ObservationStream.class);
        for (ObservationStream s : values()) {
            if (s.category.equals(category)) {
                streams.add(s);
            }
        }
        return streams;
    }
}
