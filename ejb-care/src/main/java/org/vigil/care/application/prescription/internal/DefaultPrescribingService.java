package org.vigil.care.application.prescription.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.DraftRequest;
import org.vigil.care.application.prescription.PrescribingService;
import org.vigil.care.application.prescription.PrescriptionView;
import org.vigil.care.application.prescription.RenderedPrescription;
import org.vigil.care.domain.access.Requester;
import org.vigil.care.domain.patient.Patient;
import org.vigil.care.domain.pharmacy.Pharmacy;
import org.vigil.care.domain.pharmacy.PreferredPharmacy;
import org.vigil.care.domain.prescription.InvalidPrescriptionException;
import org.vigil.care.domain.prescription.MedicationItem;
import org.vigil.care.domain.prescription.PdfKind;
import org.vigil.care.domain.prescription.Prescribing;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionEvent;
import org.vigil.care.domain.prescription.PrescriptionNumbers;
import org.vigil.care.domain.prescription.PrescriptionPdf;
import org.vigil.care.domain.prescription.PrescriptionStateException;
import org.vigil.care.domain.prescription.PrescriptionStatus;
import org.vigil.care.domain.prescription.Validity;
import org.vigil.care.infrastructure.pdf.PrescriptionPdfRenderer;
import org.vigil.care.infrastructure.pdf.PrescriptionSheet;

@Stateless
public class DefaultPrescribingService implements PrescribingService {

    /** Batches like the document server's: a device shows each one before the one approval. */
    static final int MAX_BATCH = 20;
    private static final int TITLE_LENGTH = 200;

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    PrescriptionRecords records;

    @Inject
    PrescriptionLedger ledger;

    @Inject
    PrescriptionSettings settings;

    @Override
    public PrescriptionView draft(Requester doctor, DraftRequest draft) {
        Patient patient = records.patient(draft.patientId());
        requirePrescriber(doctor, patient.id());
        Instant now = Instant.now();
        Prescription prescription;
        try {
            prescription = new Prescription(PrescriptionNumbers.number(), patient.id(), doctor.accountId().orElseThrow(),
                    pharmacyFor(patient.id(), draft.pharmacyId()), items(draft), validity(draft, now),
                    PrescriptionNumbers.verificationCode(), now);
        } catch (InvalidPrescriptionException e) {
            throw CareRefusal.invalid(e.getMessage());
        }
        em.persist(prescription);
        em.flush();
        ledger.record(prescription, prescription.drafted(actor(doctor)), doctor.address());
        return records.view(prescription);
    }

    @Override
    public PrescriptionView revise(Requester doctor, UUID prescriptionId, DraftRequest draft) {
        Prescription prescription = records.find(prescriptionId, true);
        requirePrescriber(doctor, prescription.patientId());
        if (draft.patientId() != null && !draft.patientId().equals(prescription.patientId())) {
            throw CareRefusal.invalid("A prescription stays with its patient; draft a new one for another.");
        }
        try {
            prescription.revise(items(draft), validity(draft, Instant.now()), pharmacyFor(prescription.patientId(), draft.pharmacyId()),
                    Instant.now());
        } catch (InvalidPrescriptionException e) {
            throw CareRefusal.invalid(e.getMessage());
        } catch (PrescriptionStateException e) {
            throw PrescriptionRecords.conflict(e);
        }
        return records.view(prescription);
    }

    @Override
    public PrescriptionView cancel(Requester doctor, UUID prescriptionId, String reason) {
        Prescription prescription = records.find(prescriptionId, true);
        requirePrescriber(doctor, prescription.patientId());
        PrescriptionEvent step;
        try {
            step = prescription.cancel(actor(doctor), reason, Instant.now());
        } catch (InvalidPrescriptionException e) {
            throw CareRefusal.invalid(e.getMessage());
        } catch (PrescriptionStateException e) {
            throw PrescriptionRecords.conflict(e);
        }
        ledger.record(prescription, step, doctor.address());
        return records.view(prescription);
    }

    @Override
    public List<RenderedPrescription> renderForSigning(Requester doctor, List<UUID> prescriptionIds, String prescriberName) {
        if (prescriptionIds == null || prescriptionIds.isEmpty() || prescriptionIds.size() > MAX_BATCH) {
            throw CareRefusal.invalid("Name 1 to " + MAX_BATCH + " prescriptions to sign.");
        }
        if (new HashSet<>(prescriptionIds).size() != prescriptionIds.size()) {
            throw CareRefusal.invalid("Name each prescription once.");
        }
        List<RenderedPrescription> rendered = new ArrayList<>();
        Instant now = Instant.now();
        for (UUID id : prescriptionIds) {
            Prescription prescription = records.find(id, true);
            requirePrescriber(doctor, prescription.patientId());
            if (!prescription.prescriberId().equals(doctor.accountId().orElse(null))) {
                throw CareRefusal.forbidden("Only the doctor who wrote prescription " + prescription.number() + " signs it.");
            }
            if (prescription.status() != PrescriptionStatus.DRAFT && prescription.status() != PrescriptionStatus.SIGNING) {
                throw CareRefusal.conflict("prescription-state", "Prescription " + prescription.number() + " is "
                        + prescription.status().wire() + "; only a draft, or one awaiting its signature, is signed.");
            }
            if (prescription.expiredAt(now)) {
                throw CareRefusal.conflict("prescription-state", "Prescription " + prescription.number() + " expired at "
                        + prescription.validity().until() + ".");
            }
            byte[] pdf = rendering(prescription, prescriberName, now);
            rendered.add(new RenderedPrescription(prescription.id(), prescription.number(), title(prescription), pdf));
        }
        return rendered;
    }

    @Override
    public void awaitSignature(Requester doctor, UUID prescriptionId, UUID documentId) {
        Prescription prescription = records.find(prescriptionId, true);
        requirePrescriber(doctor, prescription.patientId());
        PrescriptionEvent step;
        try {
            step = prescription.awaitSignature(documentId, actor(doctor), Instant.now());
        } catch (PrescriptionStateException e) {
            throw PrescriptionRecords.conflict(e);
        }
        ledger.record(prescription, step, doctor.address());
    }

    @Override
    public boolean awaitsSignature(UUID documentId) {
        return awaiting(documentId) != null;
    }

    @Override
    public boolean signedThroughDocumentServer(UUID documentId, byte[] signedPdf) {
        Prescription prescription = awaiting(documentId);
        if (prescription == null) {
            return false;
        }
        keepSigned(prescription, signedPdf, PrescriptionEvent.actor(prescription.prescriberId()), null);
        return true;
    }

    @Override
    public boolean signatureDenied(UUID documentId, String clientAddress) {
        Prescription prescription = awaiting(documentId);
        if (prescription == null) {
            return false;
        }
        ledger.record(prescription, prescription.signatureDenied(PrescriptionEvent.actor(prescription.prescriberId()), Instant.now()),
                clientAddress);
        return true;
    }

    @Override
    public PrescriptionView handIn(Requester doctor, UUID prescriptionId, byte[] signedPdf) {
        Prescription prescription = records.find(prescriptionId, true);
        requirePrescriber(doctor, prescription.patientId());
        if (records.pdfRecord(prescription.id(), PdfKind.RENDERED) == null) {
            throw CareRefusal.conflict("prescription-state", "Prescription " + prescription.number()
                    + " has not been rendered yet; request its signature first, then hand in the PDF you signed.");
        }
        if (signedPdf == null || signedPdf.length < 5 || !new String(signedPdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-")) {
            throw CareRefusal.invalid("Hand in the signed prescription as a PDF.");
        }
        keepSigned(prescription, signedPdf, actor(doctor), doctor.address());
        return records.view(prescription);
    }

    private void keepSigned(Prescription prescription, byte[] signedPdf, String actor, String address) {
        Instant now = Instant.now();
        PrescriptionEvent step;
        try {
            step = prescription.signed(PrescriptionPdf.sha256(signedPdf), actor, now);
        } catch (PrescriptionStateException e) {
            throw PrescriptionRecords.conflict(e);
        }
        em.persist(new PrescriptionPdf(prescription.id(), PdfKind.SIGNED, signedPdf, now));
        ledger.record(prescription, step, address);
    }

    private Prescription awaiting(UUID documentId) {
        return em.createQuery("select p from Prescription p where p.documentId = :d and p.status = :s", Prescription.class)
                .setParameter("d", documentId).setParameter("s", PrescriptionStatus.SIGNING)
                .getResultStream().findFirst().orElse(null);
    }

    /** The rendering is made once, at the first signing request, and kept: a second request signs the same bytes. */
    private byte[] rendering(Prescription prescription, String prescriberName, Instant now) {
        byte[] existing = records.pdf(prescription.id(), PdfKind.RENDERED);
        if (existing != null) {
            return existing;
        }
        Patient patient = records.patient(prescription.patientId());
        Pharmacy pharmacy = records.pharmacy(prescription.pharmacyId());
        byte[] pdf = new PrescriptionPdfRenderer().render(new PrescriptionSheet(prescription.number(), now, prescription.validity(),
                patient.givenName() + " " + patient.familyName(), patient.birthDate(), patient.id().toString(), prescriberName,
                prescription.prescriberId().toString(), pharmacy.name(), pharmacy.address(), pharmacy.phone(), prescription.items(),
                settings.verificationUrl(prescription.verificationCode())));
        em.persist(new PrescriptionPdf(prescription.id(), PdfKind.RENDERED, pdf, now));
        return pdf;
    }

    /** What the doctor's authenticator shows for this document: number, patient, every item. */
    private String title(Prescription prescription) {
        Patient patient = records.patient(prescription.patientId());
        String text = "Prescription " + prescription.number() + " for " + patient.givenName() + " " + patient.familyName() + ": "
                + prescription.items().stream().map(i -> i.label() + ", " + i.dose() + " " + i.frequency() + ", qty " + i.quantity())
                .collect(Collectors.joining("; "));
        text = text.replaceAll("\\p{Cntrl}", " ");
        return text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1) + "…";
    }

    private void requirePrescriber(Requester doctor, UUID patientId) {
        if (!records.access().mayPrescribe(doctor, patientId)) {
            throw CareRefusal.forbidden("Only a doctor of the patient's care team, or signed in at a station the patient is assigned to,"
                    + " prescribes for them.");
        }
    }

    private UUID pharmacyFor(UUID patientId, UUID named) {
        if (named != null) {
            return records.pharmacy(named).id();
        }
        PreferredPharmacy preferred = em.find(PreferredPharmacy.class, patientId);
        if (preferred == null) {
            throw CareRefusal.invalid("The patient has no preferred pharmacy; name the pharmacy (pharmacyId).");
        }
        return preferred.pharmacyId();
    }

    private static List<MedicationItem> items(DraftRequest draft) {
        if (draft.items() == null) {
            throw CareRefusal.invalid("A prescription has 1 to " + Prescribing.MAX_ITEMS + " items.");
        }
        try {
            return Prescribing.items(draft.items().stream().map(i -> i == null ? null : i.toItem()).toList());
        } catch (InvalidPrescriptionException | NullPointerException e) {
            throw CareRefusal.invalid(e.getMessage() == null ? "Every item needs its fields." : e.getMessage());
        }
    }

    private static Validity validity(DraftRequest draft, Instant now) {
        try {
            return Prescribing.validity(draft.validFrom(), draft.validUntil(), now);
        } catch (InvalidPrescriptionException e) {
            throw CareRefusal.invalid(e.getMessage());
        }
    }

    private static String actor(Requester doctor) {
        return PrescriptionEvent.actor(doctor.accountId().orElseThrow());
    }

}
