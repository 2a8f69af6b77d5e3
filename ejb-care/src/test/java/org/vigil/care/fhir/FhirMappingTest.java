package org.vigil.care.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.observation.VitalSign;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.patient.Sex;
import org.vigil.care.domain.series.Bucket;

/** Every resource Vigil publishes over FHIR, validated by HAPI's R4 instance validator offline. */
class FhirMappingTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();

    private final FhirObservationMapper observations = new FhirObservationMapper();

    private static VitalSign vital(VitalKind kind, double value) {
        return new VitalSign(UUID.randomUUID(), PATIENT, kind, value, AT, "AA:BB:CC:DD:EE:FF");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"heart-rate, 72, 8867-4", "pulse-rate, 70, 8867-4", "respiratory-rate, 16, 9279-1",
            "body-temperature, 36.8, 8310-5", "spo2, 97, 59408-5", "mean-pressure, 93, 8478-0", "steps, 4200, 55423-8"})
    void singleValuedKindsAreValidVitalSignsWithLoincAndUcum(String kind, double value, String loinc) {
        VitalSign v = vital(VitalKind.fromCode(kind).orElseThrow(), value);

        Observation o = observations.toFhir(v).orElseThrow();

        assertThat(R4Validation.errors(o)).isEmpty();
        assertThat(o.getIdPart()).isEqualTo(v.measurementId().toString());
        assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo(loinc);
        assertThat(o.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(o.getValueQuantity().getCode()).isEqualTo(v.kind().unit());
        assertThat(o.getSubject().getReference()).isEqualTo("Patient/" + PATIENT);
    }

    @Test
    void saturationCarriesBothThePulseOximetryAndTheProfilesCode() {
        Observation o = observations.toFhir(vital(VitalKind.SPO2, 95)).orElseThrow();

        assertThat(o.getCode().getCoding()).extracting(c -> c.getCode()).containsExactly("59408-5", "2708-6");
        assertThat(o.getMeta().getProfile()).extracting(p -> p.getValue())
                .contains("http://hl7.org/fhir/StructureDefinition/oxygensat");
    }

    @Test
    void heartRateClaimsTheHeartRateProfileAndIsCheckedAgainstIt() {
        Observation o = observations.toFhir(vital(VitalKind.HEART_RATE, 72)).orElseThrow();
        o.getValueQuantity().setCode("bpm"); // the profile fixes the UCUM code /min

        assertThat(R4Validation.errors(o)).as("the validator enforces the profile").isNotEmpty();
    }

    @Test
    void deviceAndRoomDataAreNotPublishedAsClinicalObservations() {
        assertThat(observations.toFhir(vital(VitalKind.RR_INTERVAL, 800))).isEmpty();
        assertThat(observations.toFhir(vital(VitalKind.AMBIENT_TEMPERATURE, 21))).isEmpty();
        assertThat(observations.toFhir(vital(VitalKind.AMBIENT_PRESSURE, 101_000))).isEmpty();
    }

    @Test
    void bloodPressureIsOnePanelWithSystolicAndDiastolicComponents() {
        VitalSign sys = vital(VitalKind.SYSTOLIC_PRESSURE, 128);
        Observation o = observations.bloodPressure(sys, vital(VitalKind.DIASTOLIC_PRESSURE, 82),
                Optional.of(vital(VitalKind.MEAN_PRESSURE, 97)));

        assertThat(R4Validation.errors(o)).isEmpty();
        assertThat(o.getIdPart()).isEqualTo(sys.measurementId().toString());
        assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("85354-9");
        assertThat(o.hasValue()).isFalse();
        assertThat(o.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode()).containsExactly("8480-6", "8462-4", "8478-0");
        assertThat(o.getComponent()).extracting(c -> ((Quantity) c.getValue()).getValue().doubleValue()).containsExactly(128.0, 82.0, 97.0);
    }

    @Test
    void aPanelIsMadeOfOneReadingOnly() {
        VitalSign later = new VitalSign(UUID.randomUUID(), PATIENT, VitalKind.DIASTOLIC_PRESSURE, 80, AT.plusSeconds(900), "cuff");
        assertThatThrownBy(() -> observations.bloodPressure(vital(VitalKind.SYSTOLIC_PRESSURE, 120), later, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMinuteOfOneHertzHeartRateIsOneObservationOverThatMinute() {
        Bucket minute = new Bucket(AT, 64, 71.25, 80, 60);

        Observation o = observations.heartRateAggregate(PATIENT, minute, Duration.ofMinutes(1));

        assertThat(R4Validation.errors(o)).isEmpty();
        assertThat(o.getEffectiveDateTimeType().getValue().toInstant()).isEqualTo(AT);
        assertThat(o.getValueQuantity().getValue().doubleValue()).isEqualTo(71.3);
        assertThat(o.getNoteFirstRep().getText())
                .isEqualTo("mean of 60 readings over 60 s from 2026-11-24T10:00:00Z, min 64.0, max 80.0 /min");
        assertThat(o.getIdPart()).hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void patientsAreValid() {
        Patient patient = new Patient(UUID.randomUUID(), "Doe", "Jane", LocalDate.of(1950, 3, 1), Sex.FEMALE, AT);

        org.hl7.fhir.r4.model.Patient p = new FhirPatientMapper().toFhir(patient);

        assertThat(R4Validation.errors(p)).isEmpty();
        assertThat(R4Validation.json(p)).contains("\"family\": \"Doe\"", "\"birthDate\": \"1950-03-01\"", "\"gender\": \"female\"");
        assertThat(p.getIdPart()).isEqualTo(patient.id().toString());
    }

    @Test
    void aReadOfPatientDataIsABalpShapedAuditEvent() {
        PatientDataAccess read = new PatientDataAccess(UUID.randomUUID(), AT, "3f0c6e1e-8e0b-4b43-9d43-2b0f0e1c6a11", "Dr Anna Berg",
                "station-12", "10.0.0.7", PATIENT, "Observation/" + UUID.randomUUID(), false, true);

        AuditEvent e = new FhirAuditEventMapper("Vigil", "https://vigil.example/fhir").toFhir(read);

        assertThat(R4Validation.errors(e)).isEmpty();
        assertThat(e.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
        assertThat(e.getSubtypeFirstRep().getCode()).isEqualTo("read");
        assertThat(e.getAgent()).filteredOn(AuditEvent.AuditEventAgentComponent::getRequestor).singleElement()
                .satisfies(a -> assertThat(a.getWho().getIdentifier().getValue()).isEqualTo(read.actorId()));
        assertThat(e.getEntity()).extracting(en -> en.getRole().getCode()).containsExactly("1", "4");
        assertThat(e.getEntityFirstRep().getWhat().getReference()).isEqualTo("Patient/" + PATIENT);
        assertThat(e.getRecorded().toInstant()).isEqualTo(AT);
    }

    @Test
    void aSearchIsAuditedWithItsQuery() {
        PatientDataAccess search = new PatientDataAccess(UUID.randomUUID(), AT, "u1", "Nurse Ben", "station-3", "10.0.0.8",
                PATIENT, "Observation?patient=" + PATIENT + "&code=8867-4", true, false);

        AuditEvent e = new FhirAuditEventMapper("Vigil", "https://vigil.example/fhir").toFhir(search);

        assertThat(R4Validation.errors(e)).isEmpty();
        assertThat(e.getAction()).isEqualTo(AuditEvent.AuditEventAction.E);
        assertThat(e.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(new String(e.getEntity().get(1).getQuery())).isEqualTo(search.what());
    }
}
