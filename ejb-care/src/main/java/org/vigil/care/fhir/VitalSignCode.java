package org.vigil.care.fhir;

import java.util.List;
import java.util.Optional;

import org.vigil.care.domain.observation.VitalKind;

/**
 * How each kind appears in FHIR R4: its LOINC codes, the category, and the core profile it
 * conforms to (the vital-signs profiles of FHIR R4, section 8.1.x, which fix the LOINC code and
 * UCUM unit). Kinds that are not clinical observations of the patient (RR intervals, the room's
 * temperature and pressure) are not published over FHIR.
 */
public enum VitalSignCode {
    HEART_RATE(VitalKind.HEART_RATE, List.of(new Loinc("8867-4", "Heart rate")), "vital-signs", "heartrate"),
    PULSE_RATE(VitalKind.PULSE_RATE, List.of(new Loinc("8867-4", "Heart rate")), "vital-signs", "heartrate"),
    RESPIRATORY_RATE(VitalKind.RESPIRATORY_RATE, List.of(new Loinc("9279-1", "Respiratory rate")), "vital-signs", "resprate"),
    BODY_TEMPERATURE(VitalKind.BODY_TEMPERATURE, List.of(new Loinc("8310-5", "Body temperature")), "vital-signs", "bodytemp"),
    SPO2(VitalKind.SPO2, List.of(new Loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),
            new Loinc("2708-6", "Oxygen saturation in Arterial blood")), "vital-signs", "oxygensat"),
    MEAN_PRESSURE(VitalKind.MEAN_PRESSURE, List.of(new Loinc("8478-0", "Mean blood pressure")), "vital-signs", null),
    STEPS(VitalKind.STEPS, List.of(new Loinc("55423-8", "Number of steps in unspecified time Pedometer")), "activity", null);

    /** The blood pressure panel and its two required components. */
    public static final Loinc BLOOD_PRESSURE_PANEL = new Loinc("85354-9", "Blood pressure panel with all children optional");
    public static final Loinc SYSTOLIC = new Loinc("8480-6", "Systolic blood pressure");
    public static final Loinc DIASTOLIC = new Loinc("8462-4", "Diastolic blood pressure");

    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String VITAL_SIGNS_PROFILE = "http://hl7.org/fhir/StructureDefinition/vitalsigns";

    /** A LOINC code with its display name. */
    public record Loinc(String code, String display) {
    }

    private final VitalKind kind;
    private final List<Loinc> codes;
    private final String category;
    private final String profile;

    VitalSignCode(VitalKind kind, List<Loinc> codes, String category, String profile) {
        this.kind = kind;
        this.codes = codes;
        this.category = category;
        this.profile = profile;
    }

    public VitalKind kind() {
        return kind;
    }

    public List<Loinc> codes() {
        return codes;
    }

    /** A code of the {@code observation-category} code system. */
    public String category() {
        return category;
    }

    /** The canonical URLs this kind's Observations claim. */
    public List<String> profiles() {
        if (!category.equals("vital-signs")) {
            return List.of();
        }
        return profile == null ? List.of(VITAL_SIGNS_PROFILE)
                : List.of(VITAL_SIGNS_PROFILE, "http://hl7.org/fhir/StructureDefinition/" + profile);
    }

    public static Optional<VitalSignCode> of(VitalKind kind) {
        for (VitalSignCode c : values()) {
            if (c.kind == kind) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
