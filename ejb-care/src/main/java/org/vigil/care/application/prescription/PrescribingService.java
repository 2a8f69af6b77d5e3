package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.care.domain.access.Requester;

/**
 * What a doctor does with prescriptions: draft and revise them, have them rendered and signed,
 * cancel them before pickup. The prescriber is a doctor (a token of role {@code doctor} from one of
 * Vigil's own applications) on the patient's care team, or signed in at a monitoring station the
 * patient is assigned to (a doctor's token issued to that station's client). Anyone else is refused
 * (403); every step is recorded as the prescription's history. The REST API, the station's
 * prescription pane and the SDK all come through here.
 */
@Local
public interface PrescribingService {

    PrescriptionView draft(Requester doctor, DraftRequest draft);

    /** Replaces a draft's items, validity and pharmacy; only drafts change. */
    PrescriptionView revise(Requester doctor, UUID prescriptionId, DraftRequest draft);

    /** Withdraws the prescription, with a reason, any time before it is picked up. */
    PrescriptionView cancel(Requester doctor, UUID prescriptionId, String reason);

    /**
     * Renders drafts (or prescriptions whose earlier signing request lapsed) to PDF for signing,
     * in the prescriber's name as identity holds it; each then awaits {@link #awaitSignature}.
     */
    List<RenderedPrescription> renderForSigning(Requester doctor, List<UUID> prescriptionIds, String prescriberName);

    /** The rendered PDF went to the document server as this document, for the doctor's authenticator to sign. */
    void awaitSignature(Requester doctor, UUID prescriptionId, UUID documentId);

    /**
     * The document server completed a signature of this document: if it is a prescription's,
     * the signed PDF is kept and the prescription is put on the routing queue, in the caller's
     * transaction. @return whether the document was a prescription awaiting its signature
     */
    boolean signedThroughDocumentServer(UUID documentId, byte[] signedPdf);

    /**
     * The doctor denied the signature of this document on their authenticator: if it is a
     * prescription's awaiting its signature, the prescription is a draft again, in the caller's
     * transaction. @return whether the document was a prescription awaiting its signature
     */
    boolean signatureDenied(UUID documentId, String clientAddress);

    /** Whether this document is a prescription's rendering awaiting its signature. */
    boolean awaitsSignature(UUID documentId);

    /**
     * A PDF of the rendered prescription signed elsewhere (a signing tool of the doctor's own),
     * handed in: kept and routed like one signed through Vigil; its signature is checked on arrival.
     */
    PrescriptionView handIn(Requester doctor, UUID prescriptionId, byte[] signedPdf);
}
