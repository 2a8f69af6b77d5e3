package org.vigil.api.prescriptions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import org.vigil.care.application.prescription.PrescriptionRouting;
import org.vigil.care.application.prescription.RoutedPrescription;
import org.vigil.care.domain.prescription.SignatureFindings;
import org.vigil.documents.application.Problems;
import org.vigil.documents.application.ValidationService;
import org.vigil.documents.validation.SignatureVerdict;
import org.vigil.documents.validation.ValidationReport;

/**
 * Takes signed prescriptions off the persistent routing queue, validates each signed PDF with
 * DSS through the document server and hands care what it found; care keeps the report and puts
 * the prescription in its pharmacy's inbox or sends it back to the doctor. Everything happens in
 * the transaction that takes the message (XA with Artemis), so a crash before the commit
 * redelivers it, and a prescription already checked is skipped: each arrives once. Here, in the
 * API layer, because only this layer may know care and documents both.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = PrescriptionRouting.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")})
public class PrescriptionRoutingConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PrescriptionRoutingConsumer.class.getName());

    @EJB
    PrescriptionRouting routing;

    @EJB
    ValidationService validation;

    @Override
    public void onMessage(Message message) {
        UUID id;
        try {
            id = UUID.fromString(message.getStringProperty(PrescriptionRouting.PRESCRIPTION_ID));
        } catch (JMSException | IllegalArgumentException | NullPointerException e) {
            // not a routing message: nothing can ever make it one, so it is dropped with a trace instead of retried
            LOG.warning(() -> "dropped a message on the prescription queue that names no prescription: " + e);
            return;
        }
        Optional<RoutedPrescription> waiting = routing.awaitingCheck(id);
        if (waiting.isEmpty()) {
            return;
        }
        routing.arrived(id, findings(waiting.get().signedPdf()));
    }

    private SignatureFindings findings(byte[] pdf) {
        ValidationReport report;
        try {
            report = validation.validate(pdf, true);
        } catch (Problems.NoSignatures | Problems.InvalidDocument | Problems.UnsupportedDocument e) {
            return new SignatureFindings(List.of(), null, null);
        }
        if (report.signatures().stream().anyMatch(v -> "TRY_LATER".equals(v.subIndication()))) {
            // revocation data could not be had now: roll back and let the queue's redelivery try again
            throw new IllegalStateException("revocation data unavailable; the prescription is checked again later");
        }
        return new SignatureFindings(report.signatures().stream().map(PrescriptionRoutingConsumer::signature).toList(),
                report.simpleReport().orElse(null), report.detailedReport().orElse(null));
    }

    private static SignatureFindings.Signature signature(SignatureVerdict verdict) {
        UUID account;
        try {
            account = verdict.signerSerialNumber() == null ? null : UUID.fromString(verdict.signerSerialNumber());
        } catch (IllegalArgumentException e) {
            account = null;
        }
        return new SignatureFindings.Signature(verdict.signedBy(), account, verdict.format(), verdict.indication(),
                verdict.subIndication(), verdict.errors());
    }
}
