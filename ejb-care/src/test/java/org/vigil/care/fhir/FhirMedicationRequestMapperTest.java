package org.vigil.care.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.Test;
import org.vigil.care.domain.prescription.MedicationItem;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionStatus;
import org.vigil.care.domain.prescription.Validity;

class FhirMedicationRequestMapperTest {

    @Test
    void oneValidMedicationRequestPerItemWithTheSignedPdfAttached() {
        Instant t = Instant.parse("2026-12-04T10:00:00Z");
        Prescription p = new Prescription("RX-7KQ2-M9XD", UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of(
                new MedicationItem("Amoxicillin", "J01CA04", "http://www.whocc.no/atc", "500 mg", "1 capsule", "oral", "three times daily",
                        "7 days", "21 capsules", "Take with water."),
                new MedicationItem("Paracetamol", null, null, "500 mg", "1 tablet", "oral", "as needed", null, "20 tablets", null)),
                new Validity(t, t.plus(Duration.ofDays(28))), "code", t);
        p.awaitSignature(UUID.randomUUID(), "a", t);
        p.signed("ab", "a", t);
        byte[] pdf = "%PDF-1.7 signed %%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        List<MedicationRequest> requests = FhirMedicationRequestMapper.map(p, "Anna Muster", "Apotheke am Markt", pdf,
                "http://localhost:8080/api/v1/prescriptions/" + p.id() + "/pdf");

        assertThat(requests).hasSize(2);
        MedicationRequest first = requests.get(0);
        assertThat(first.getIdElement().getIdPart()).isEqualTo(p.id() + "-1");
        assertThat(first.getStatus()).isEqualTo(MedicationRequest.MedicationRequestStatus.ACTIVE);
        assertThat(first.getGroupIdentifier().getValue()).isEqualTo("RX-7KQ2-M9XD");
        assertThat(first.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("J01CA04");
        DocumentReference attached = (DocumentReference) first.getContained().get(0);
        assertThat(attached.getContentFirstRep().getAttachment().getData()).isEqualTo(pdf);
        assertThat(first.getSupportingInformationFirstRep().getReference()).isEqualTo("#signed-pdf");
        for (MedicationRequest r : requests) {
            assertThat(R4Validation.errors(r)).as(R4Validation.json(r)).isEmpty();
        }
        assertThat(FhirMedicationRequestMapper.status(PrescriptionStatus.DELIVERED)).isEqualTo(MedicationRequest.MedicationRequestStatus.COMPLETED);
        assertThat(FhirMedicationRequestMapper.status(PrescriptionStatus.REJECTED)).isEqualTo(MedicationRequest.MedicationRequestStatus.STOPPED);
    }
}
