package org.vigil.care.application.prescription.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.care.application.prescription.PrescriptionRouting;
import org.vigil.care.application.prescription.RoutedPrescription;
import org.vigil.care.domain.prescription.ArrivalCheck;
import org.vigil.care.domain.prescription.PdfKind;
import org.vigil.care.domain.prescription.Prescription;
import org.vigil.care.domain.prescription.PrescriptionEvent;
import org.vigil.care.domain.prescription.PrescriptionStatus;
import org.vigil.care.domain.prescription.SignatureCheck;
import org.vigil.care.domain.prescription.SignatureFindings;

@Stateless
public class DefaultPrescriptionRouting implements PrescriptionRouting {

    private static final Logger LOG = Logger.getLogger(DefaultPrescriptionRouting.class.getName());

    @PersistenceContext(unitName = "care")
    EntityManager em;

    @Inject
    PrescriptionRecords records;

    @Inject
    PrescriptionLedger ledger;

    @Override
    public Optional<RoutedPrescription> awaitingCheck(UUID prescriptionId) {
        Prescription prescription = em.find(Prescription.class, prescriptionId);
        if (prescription == null || prescription.status() != PrescriptionStatus.SIGNED) {
            return Optional.empty();
        }
        return Optional.of(new RoutedPrescription(prescription.id(), prescription.number(), records.pdf(prescriptionId, PdfKind.SIGNED)));
    }

    @Override
    public void arrived(UUID prescriptionId, SignatureFindings findings) {
        Prescription prescription = records.find(prescriptionId, true);
        if (prescription.status() != PrescriptionStatus.SIGNED) {
            // checked already (a redelivery after a crash), or cancelled while on the queue: nothing to do
            return;
        }
        Instant now = Instant.now();
        byte[] rendered = records.pdf(prescriptionId, PdfKind.RENDERED);
        byte[] signed = records.pdf(prescriptionId, PdfKind.SIGNED);
        Optional<String> refusal = ArrivalCheck.refusal(prescription, rendered == null ? new byte[0] : rendered, signed, findings);
        em.persist(new SignatureCheck(prescriptionId, kept(findings), findings.simpleReport(), findings.detailedReport(), now));
        PrescriptionEvent step = refusal.isPresent() ? prescription.returned(refusal.get(), now) : prescription.received(now);
        if (refusal.isPresent()) {
            LOG.warning(() -> "prescription " + prescription.number() + " returned to its doctor: " + refusal.get());
        }
        ledger.record(prescription, step, null);
    }

    /** The signature the check stands for: the first that failed, else the prescriber's (the first). */
    private static SignatureFindings.Signature kept(SignatureFindings findings) {
        if (findings.signatures().isEmpty()) {
            return new SignatureFindings.Signature(null, null, null, "NO_SIGNATURE", null, null);
        }
        return findings.signatures().stream().filter(s -> !s.passed()).findFirst().orElse(findings.signatures().get(0));
    }

}
