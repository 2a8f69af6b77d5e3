package org.vigil.care.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.observation.VitalKind;
import org.vigil.care.domain.observation.VitalSign;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.patient.Sex;
import org.vigil.care.domain.series.Bucket;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * Mapping and JSON encoding on the classpath the EAR will have. The build runs this class a
 * second time without the validator and without everything ejb-care/pom.xml excludes from HAPI
 * (execution fhir-runtime-classpath), so a missing runtime library fails here, not in WildFly.
 */
class FhirJsonTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final UUID PATIENT = UUID.randomUUID();

    @Test
    void everyPublishedResourceEncodesToJsonAndParsesBackTheSame() {
        FhirContext fhir = FhirContext.forR4();
        IParser json = fhir.newJsonParser();
        FhirObservationMapper observations = new FhirObservationMapper();
        VitalSign sys = new VitalSign(UUID.randomUUID(), PATIENT, VitalKind.SYSTOLIC_PRESSURE, 131, AT, "cuff");
        VitalSign dia = new VitalSign(UUID.randomUUID(), PATIENT, VitalKind.DIASTOLIC_PRESSURE, 84, AT, "cuff");
        List<IBaseResource> resources = List.of(
                new FhirPatientMapper().toFhir(new Patient(UUID.randomUUID(), "Doe", "Jane", LocalDate.of(1950, 3, 1), Sex.FEMALE, AT)),
                observations.toFhir(new VitalSign(UUID.randomUUID(), PATIENT, VitalKind.SPO2, 96, AT, "watch")).orElseThrow(),
                observations.bloodPressure(sys, dia, Optional.empty()),
                observations.heartRateAggregate(PATIENT, new Bucket(AT, 60, 70, 80, 60), Duration.ofMinutes(1)),
                new FhirAuditEventMapper("Vigil", "https://vigil.example/fhir").toFhir(new PatientDataAccess(UUID.randomUUID(), AT,
                        "u", "Dr A", "station-1", "10.0.0.1", PATIENT, "Patient/" + PATIENT, false, true)));

        for (IBaseResource resource : resources) {
            String encoded = json.encodeResourceToString(resource);
            IBaseResource parsed = json.parseResource(resource.getClass(), encoded);
            assertThat(json.encodeResourceToString(parsed)).isEqualTo(encoded);
        }
        Observation bp = (Observation) json.parseResource(json.encodeResourceToString(resources.get(2)));
        assertThat(bp.getComponent()).hasSize(2);
        assertThat(json.encodeResourceToString(resources.get(4))).contains("\"resourceType\":\"AuditEvent\"", "\"action\":\"R\"");
        assertThat(resources.get(4)).isInstanceOf(AuditEvent.class);
    }
}
