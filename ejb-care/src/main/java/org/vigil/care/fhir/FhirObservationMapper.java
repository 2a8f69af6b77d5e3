package org.vigil.care.fhir;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.observation.VitalSign;
import org.vigil.care.domain.series.Bucket;

/**
 * Vital signs as FHIR R4 {@code Observation}s conforming to the core vital-signs profiles: final,
 * category {@code vital-signs}, LOINC-coded, UCUM quantities, the patient as subject. Blood
 * pressure is one panel with systolic and diastolic components, as the profile requires, never
 * two loose Observations; 1 Hz heart rate is published as one Observation per minute (the
 * mean over the minute, with the minute as its period), not 86,400 resources a day.
 */
public final class FhirObservationMapper {

    static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";

    /** A single-valued kind; empty for kinds not published over FHIR, and for blood pressure (see {@link #bloodPressure}). */
    public Optional<Observation> toFhir(VitalSign v) {
        return VitalSignCode.of(v.kind()).map(code -> {
            Observation o = base(v.measurementId().toString(), v.patientId(), code.category(), code);
            o.setEffective(instant(v.measuredAt()));
            o.setValue(quantity(v.value(), v.kind()));
            device(o, v.device());
            return o;
        });
    }

    /** One blood pressure reading: systolic and diastolic (and the mean, when the cuff gave it) of one cuff at one time. */
    public Observation bloodPressure(VitalSign systolic, VitalSign diastolic, Optional<VitalSign> mean) {
        if (systolic.kind() != VitalKind.SYSTOLIC_PRESSURE || diastolic.kind() != VitalKind.DIASTOLIC_PRESSURE
                || !systolic.measuredAt().equals(diastolic.measuredAt()) || !systolic.patientId().equals(diastolic.patientId())) {
            throw new IllegalArgumentException("a panel is the systolic and diastolic pressure of one reading");
        }
        Observation o = new Observation();
        o.setId(systolic.measurementId().toString());
        o.getMeta().addProfile(VitalSignCode.VITAL_SIGNS_PROFILE).addProfile("http://hl7.org/fhir/StructureDefinition/bp");
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(category("vital-signs"));
        o.setCode(loinc(VitalSignCode.BLOOD_PRESSURE_PANEL));
        o.setSubject(patient(systolic.patientId()));
        o.setEffective(instant(systolic.measuredAt()));
        o.addComponent().setCode(loinc(VitalSignCode.SYSTOLIC)).setValue(quantity(systolic.value(), VitalKind.SYSTOLIC_PRESSURE));
        o.addComponent().setCode(loinc(VitalSignCode.DIASTOLIC)).setValue(quantity(diastolic.value(), VitalKind.DIASTOLIC_PRESSURE));
        mean.ifPresent(m -> o.addComponent().setCode(loinc(VitalSignCode.MEAN_PRESSURE.codes().get(0)))
                .setValue(quantity(m.value(), VitalKind.MEAN_PRESSURE)));
        device(o, systolic.device());
        return o;
    }

    /**
     * A minute (or any bucket) of high-rate heart rate as one Observation: its mean, at the
     * bucket's start, with the span and the min/max in its note. An effective Period would say the
     * span better, but R4's vital-signs invariant vs-1 ({@code ($this as dateTime)...}) fails on
     * every Period in the R4 validator (corrected only in R4B), so the dateTime is used.
     */
    public Observation heartRateAggregate(UUID patientId, Bucket bucket, Duration width) {
        Observation o = base("hr-" + patientId + "-" + bucket.start().getEpochSecond() / 60, patientId, "vital-signs", VitalSignCode.HEART_RATE);
        o.setEffective(instant(bucket.start()));
        o.setValue(quantity(Math.round(bucket.avg() * 10) / 10.0, VitalKind.HEART_RATE));
        o.addNote().setText("mean of " + bucket.count() + " readings over " + width.toSeconds() + " s from " + bucket.start()
                + ", min " + bucket.min() + ", max " + bucket.max() + " /min");
        return o;
    }

    private Observation base(String id, UUID patientId, String category, VitalSignCode code) {
        Observation o = new Observation();
        o.setId(id);
        code.profiles().forEach(o.getMeta()::addProfile);
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(category(category));
        CodeableConcept concept = new CodeableConcept();
        code.codes().forEach(c -> concept.addCoding().setSystem(VitalSignCode.LOINC).setCode(c.code()).setDisplay(c.display()));
        concept.setText(code.codes().get(0).display());
        o.setCode(concept);
        o.setSubject(patient(patientId));
        return o;
    }

    private static CodeableConcept category(String code) {
        CodeableConcept c = new CodeableConcept();
        c.addCoding().setSystem(CATEGORY_SYSTEM).setCode(code).setDisplay(code.equals("vital-signs") ? "Vital Signs" : "Activity");
        return c;
    }

    private static CodeableConcept loinc(VitalSignCode.Loinc code) {
        CodeableConcept c = new CodeableConcept();
        c.addCoding().setSystem(VitalSignCode.LOINC).setCode(code.code()).setDisplay(code.display());
        c.setText(code.display());
        return c;
    }

    static Reference patient(UUID patientId) {
        return new Reference("Patient/" + patientId);
    }

    private static DateTimeType instant(Instant t) {
        DateTimeType dt = new DateTimeType(Date.from(t));
        dt.setTimeZoneZulu(true);
        return dt;
    }

    private static Quantity quantity(double value, VitalKind kind) {
        return new Quantity().setValue(value).setUnit(kind.unit()).setSystem(VitalSignCode.UCUM).setCode(kind.unit());
    }

    private static void device(Observation o, String device) {
        if (device != null) {
            o.setDevice(new Reference().setDisplay(device));
        }
    }
}
