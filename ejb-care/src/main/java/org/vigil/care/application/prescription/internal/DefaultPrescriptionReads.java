package org.vigil.care.application.prescription.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.PrescriptionFile;
import org.vigil.care.application.prescription.PrescriptionReads;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.application.prescription.SignatureReport;
import org.vigil.care.application.prescription.VerificationView;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.prescription.PdfKind;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionPdf;
import org.vigil.care.domain.prescription.PrescriptionStatus;
import org.vigil.care.domain.prescription.SignatureCheck;

@Stateless
public class DefaultPrescriptionReads implements PrescriptionReads {

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    PrescriptionRecords records;

    @Override
    public PrescriptionView read(Requester requester, UUID prescriptionId, String what) {
        return records.view(records.readable(requester, prescriptionId, what));
    }

    @Override
    public List<PrescriptionView> forPatient(Requester requester, UUID patientId, String what) {
        records.guard().admit(requester, patientId, what, true);
        return em.createQuery("select p from Prescription p where p.patientId = :p order by p.createdAt desc", Prescription.class)
                .setParameter("p", patientId).setMaxResults(500).getResultStream().map(records::view).toList();
    }

    @Override
    public PrescriptionFile pdf(Requester requester, UUID prescriptionId, String what) {
        Prescription prescription = records.readable(requester, prescriptionId, what);
        PrescriptionPdf signed = records.pdfRecord(prescription.id(), PdfKind.SIGNED);
        PrescriptionPdf pdf = signed != null ? signed : records.pdfRecord(prescription.id(), PdfKind.RENDERED);
        if (pdf == null) {
            throw CareRefusal.conflict("no-pdf-yet", "Prescription " + prescription.number()
                    + " is a draft; it is rendered when its signature is requested.");
        }
        return new PrescriptionFile(prescription.number() + (signed != null ? "-signed" : "") + ".pdf", pdf.content(), pdf.sha256(),
                signed != null);
    }

    @Override
    public SignatureReport signatureReport(Requester requester, UUID prescriptionId, String what) {
        Prescription prescription = records.readable(requester, prescriptionId, what);
        SignatureCheck check = em.find(SignatureCheck.class, prescription.id());
        if (check == null) {
            throw CareRefusal.conflict("not-checked-yet", "The signature of prescription " + prescription.number()
                    + " has not been checked yet.");
        }
        return new SignatureReport(check.simpleReport(), check.detailedReport());
    }

    @Override
    public Optional<VerificationView> verification(String code) {
        if (code == null || code.length() > 64) {
            return Optional.empty();
        }
        return em.createQuery("select p from Prescription p where p.verificationCode = :c", Prescription.class)
                .setParameter("c", code).getResultStream().findFirst()
                .filter(p -> p.status() != PrescriptionStatus.DRAFT)
                .map(p -> {
                    SignatureCheck check = em.find(SignatureCheck.class, p.id());
                    Pharmacy pharmacy = em.find(Pharmacy.class, p.pharmacyId());
                    boolean dispensed = p.status() == PrescriptionStatus.PICKED_UP || p.status() == PrescriptionStatus.DELIVERED;
                    return new VerificationView(p.number(), p.status().wire(), check == null ? null : check.signedBy(), p.createdAt(),
                            p.validity().from(), p.validity().until(), pharmacy.name(), p.signedSha256(),
                            check == null ? null : check.indication(), dispensed);
                });
    }
}
