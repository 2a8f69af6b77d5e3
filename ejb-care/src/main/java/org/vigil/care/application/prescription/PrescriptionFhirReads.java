package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.hl7.fhir.r4.model.MedicationRequest;
import org.vigil.care.domain.access.Requester;

/**
 * Prescriptions as FHIR R4 {@code MedicationRequest}s (one per item, the signed PDF attached), for
 * whoever may read the prescription (see {@link PrescriptionReads}); every read audited.
 */
@Local
public interface PrescriptionFhirReads {

    /** @param fhirId {@code <prescription id>-<item number>} */
    MedicationRequest read(Requester requester, String fhirId, String pdfUrlBase, String what);

    List<MedicationRequest> forPatient(Requester requester, UUID patientId, String pdfUrlBase, String what);
}
