package org.vigil.care.application.prescription.internal;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.ReadGuard;
import org.vigil.care.application.prescription.ItemInput;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.domain.access.PatientAccessPolicy;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.prescription.PdfKind;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionAccess;
import org.vigil.care.domain.prescription.PrescriptionEvent;
import org.vigil.care.domain.prescription.PrescriptionPdf;
import org.vigil.care.domain.prescription.PrescriptionPdfKey;
import org.vigil.care.domain.prescription.PrescriptionStateException;
import org.vigil.care.domain.prescription.SignatureCheck;
import org.vigil.care.infrastructure.jdbc.JdbcReadAuditLog;
import org.vigil.care.infrastructure.persistence.JpaCareRelations;
import org.vigil.care.infrastructure.persistence.JpaPharmacyMembership;
import org.vigil.care.infrastructure.persistence.JpaStationAssignments;

/** Prescriptions as the beans find, check and show them, in the caller's transaction. */
@ApplicationScoped
public class PrescriptionRecords {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/VigilDS")
    DataSource dataSource;

    PrescriptionAccess access() {
        return new PrescriptionAccess(new JpaCareRelations(em), new JpaStationAssignments(em), new JpaPharmacyMembership(em));
    }

    ReadGuard guard() {
        return new ReadGuard(new PatientAccessPolicy(new JpaCareRelations(em), new JpaStationAssignments(em)), new JdbcReadAuditLog(dataSource));
    }

    /** @throws CareRefusal 404 for an unknown id */
    Prescription find(UUID id, boolean forUpdate) {
        Prescription prescription = id == null ? null
                : em.find(Prescription.class, id, forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (prescription == null) {
            throw CareRefusal.notFound("prescription", id);
        }
        return prescription;
    }

    Patient patient(UUID patientId) {
        Patient patient = patientId == null ? null : em.find(Patient.class, patientId);
        if (patient == null) {
            throw CareRefusal.notFound("patient", patientId);
        }
        return patient;
    }

    Pharmacy pharmacy(UUID pharmacyId) {
        Pharmacy pharmacy = pharmacyId == null ? null : em.find(Pharmacy.class, pharmacyId);
        if (pharmacy == null) {
            throw CareRefusal.notFound("pharmacy", pharmacyId);
        }
        return pharmacy;
    }

    /** Reads that succeed are recorded with the read; refused ones are recorded and refused. */
    Prescription readable(Requester requester, UUID id, String what) {
        Prescription prescription = find(id, false);
        boolean allowed = access().mayRead(requester, prescription);
        guard().record(requester, prescription.patientId(), what, false, allowed);
        if (!allowed) {
            throw CareRefusal.forbidden("Only the patient, their care team and stations, the prescribing doctor and its pharmacy read a prescription.");
        }
        return prescription;
    }

    byte[] pdf(UUID prescriptionId, PdfKind kind) {
        PrescriptionPdf pdf = em.find(PrescriptionPdf.class, new PrescriptionPdfKey(prescriptionId, kind));
        return pdf == null ? null : pdf.content();
    }

    PrescriptionPdf pdfRecord(UUID prescriptionId, PdfKind kind) {
        return em.find(PrescriptionPdf.class, new PrescriptionPdfKey(prescriptionId, kind));
    }

    static CareRefusal conflict(PrescriptionStateException e) {
        return CareRefusal.conflict("prescription-state", e.getMessage());
    }

    PrescriptionView view(Prescription p) {
        Patient patient = em.find(Patient.class, p.patientId());
        Pharmacy pharmacy = em.find(Pharmacy.class, p.pharmacyId());
        SignatureCheck check = em.find(SignatureCheck.class, p.id());
        List<PrescriptionView.Step> history = em.createQuery(
                        "select e from PrescriptionEvent e where e.prescriptionId = :p order by e.id", PrescriptionEvent.class)
                .setParameter("p", p.id()).getResultStream()
                .map(e -> new PrescriptionView.Step(e.status().wire(), e.actor(), e.occurredAt(), e.reason(), e.evidence() != null))
                .toList();
        PrescriptionView.Validation validation = check == null ? null : new PrescriptionView.Validation(check.indication(),
                check.subIndication(), check.signedBy(), check.signatureFormat(), check.validatedAt());
        return new PrescriptionView(p.id(), p.number(), p.status().wire(), p.statusReason(), p.patientId(),
                patient.givenName() + " " + patient.familyName(), p.prescriberId(), p.pharmacyId(), pharmacy.name(),
                p.validity().from(), p.validity().until(), p.createdAt(), p.updatedAt(), p.signedSha256(), p.courierId(),
                p.items().stream().map(ItemInput::of).toList(), validation, history);
    }
}
