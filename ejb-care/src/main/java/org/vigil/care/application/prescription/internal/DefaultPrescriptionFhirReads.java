package org.vigil.care.application.prescription.internal;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hl7.fhir.r4.model.MedicationRequest;
import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.PrescriptionFhirReads;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.prescription.PdfKind;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.fhir.FhirMedicationRequestMapper;

@Stateless
public class DefaultPrescriptionFhirReads implements PrescriptionFhirReads {

    private static final Pattern ID = Pattern.compile("([0-9a-fA-F-]{36})-(\\d{1,2})");

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    PrescriptionRecords records;

    @Override
    public MedicationRequest read(Requester requester, String fhirId, String pdfUrlBase, String what) {
        Matcher m = fhirId == null ? null : ID.matcher(fhirId);
        if (m == null || !m.matches()) {
            throw CareRefusal.notFound("MedicationRequest", fhirId);
        }
        Prescription prescription = records.readable(requester, UUID.fromString(m.group(1)), what);
        int position = Integer.parseInt(m.group(2));
        List<MedicationRequest> requests = map(prescription, pdfUrlBase);
        if (position < 1 || position > requests.size()) {
            throw CareRefusal.notFound("MedicationRequest", fhirId);
        }
        return requests.get(position - 1);
    }

    @Override
    public List<MedicationRequest> forPatient(Requester requester, UUID patientId, String pdfUrlBase, String what) {
        records.guard().admit(requester, patientId, what, true);
        return em.createQuery("select p from Prescription p where p.patientId = :p order by p.createdAt desc", Prescription.class)
                .setParameter("p", patientId).setMaxResults(100).getResultStream()
                .flatMap(p -> map(p, pdfUrlBase).stream()).toList();
    }

    private List<MedicationRequest> map(Prescription p, String pdfUrlBase) {
        Patient patient = em.find(Patient.class, p.patientId());
        Pharmacy pharmacy = em.find(Pharmacy.class, p.pharmacyId());
        return FhirMedicationRequestMapper.map(p, patient.givenName() + " " + patient.familyName(), pharmacy.name(),
                records.pdf(p.id(), PdfKind.SIGNED), pdfUrlBase + p.id() + "/pdf");
    }
}
