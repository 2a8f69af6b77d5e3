package org.vigil.api.prescriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vigil.care.application.CareRefusal;
import org.vigil.care.application.prescription.PrescribingService;
import org.vigil.care.application.prescription.RenderedPrescription;
import org.vigil.care.domain.access.Requester;
import org.vigil.documents.application.DeviceCaller;
import org.vigil.documents.application.DocumentService;
import org.vigil.documents.application.DocumentView;
import org.vigil.documents.application.Problems;
import org.vigil.documents.application.SignatureValueInput;
import org.vigil.documents.application.SigningOptions;
import org.vigil.documents.application.SigningRequestView;
import org.vigil.documents.application.SigningService;
import org.vigil.documents.signing.SignatureLevel;
import org.vigil.platform.signers.SignerDirectory;
import org.vigil.platform.signers.SignerFacts;

/**
 * Prescriptions signed through the document server, each end in one JTA transaction that care,
 * documents and identity join: starting renders the prescriptions, stores each PDF as the doctor's
 * document and asks the doctor's authenticator for one approval (PAdES-BASELINE-LTA); completing
 * embeds the device's signatures and hands each signed prescription to care, which puts it on the
 * routing queue. A failure anywhere undoes the whole step, so a signature is never acknowledged
 * without its prescription on the queue. Lives here because only the API layer may know care and
 * documents both.
 */
@ApplicationScoped
public class PrescriptionSigning {

    static final String REASON = "Prescription";

    @EJB
    PrescribingService prescribing;

    @EJB
    DocumentService documents;

    @EJB
    SigningService signing;

    /** The doctor's verified name for the prescriptions, as the document server will certify it. */
    @EJB
    SignerDirectory signers;

    @Transactional
    public SigningRequestView start(Requester doctor, List<UUID> prescriptionIds, UUID authenticatorId) {
        UUID account = doctor.accountId().orElseThrow(() -> CareRefusal.forbidden("Prescriptions are signed by a doctor."));
        SignerFacts signer = signers.signer(account)
                .orElseThrow(() -> CareRefusal.forbidden("The signer's account is unknown or inactive."));
        List<RenderedPrescription> rendered = prescribing.renderForSigning(doctor, prescriptionIds,
                signer.givenName() + " " + signer.surname());
        List<UUID> documentIds = new ArrayList<>();
        for (RenderedPrescription each : rendered) {
            DocumentView document = documents.upload(account, each.title(), each.pdf(), doctor.address());
            prescribing.awaitSignature(doctor, each.prescriptionId(), document.id());
            documentIds.add(document.id());
        }
        return signing.start(account, documentIds, new SigningOptions(SignatureLevel.LTA, REASON, null, null, authenticatorId, null),
                doctor.address());
    }

    /**
     * The device denied approval request {@code requestId}: when it was a signing request of
     * prescriptions, each goes back to being a draft. Any other approval (a login, CIBA) is no
     * signing request of the signer's and changes nothing here.
     */
    @Transactional
    public void denied(UUID signer, UUID requestId, String clientAddress) {
        SigningRequestView request;
        try {
            request = signing.describe(signer, requestId);
        } catch (Problems.UnknownSigningRequest notASigningRequest) {
            return;
        }
        for (SigningRequestView.Item item : request.documents()) {
            prescribing.signatureDenied(item.documentId(), clientAddress);
        }
    }

    /** The device's approval and signature values: any prescription among the documents goes on its way. */
    @Transactional
    public SigningRequestView complete(DeviceCaller device, UUID requestId, String approval, List<SignatureValueInput> values,
            String clientAddress) {
        SigningRequestView completed = signing.complete(device, requestId, approval, values, clientAddress);
        for (SigningRequestView.Item item : completed.documents()) {
            if (prescribing.awaitsSignature(item.documentId())) {
                byte[] signed = documents.download(device.accountId(), item.documentId(), clientAddress).content();
                prescribing.signedThroughDocumentServer(item.documentId(), signed);
            }
        }
        return completed;
    }
}
