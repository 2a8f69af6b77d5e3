package org.vigil.documents.application;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

/**
 * Remote signing in DSS's three steps across the signer's device: {@link #start} runs step 1
 * for each document and asks the device for one approval; the device signs each data to be
 * signed; {@link #complete} checks each value and runs step 3.
 */
@Local
public interface SigningService {

    SigningRequestView start(UUID caller, List<UUID> documentIds, SigningOptions options, String clientAddress);

    /** The request as the signer sees it (status, and the signatures once complete). */
    SigningRequestView describe(UUID caller, UUID requestId);

    /** The request as the signer's device sees it, to show and sign. */
    SigningRequestView forDevice(DeviceCaller device, UUID requestId);

    /**
     * The first page of one of the request's PDFs as a PNG, for the signer's device to show while
     * the request waits for its answer (audited as a read of the document).
     */
    byte[] preview(DeviceCaller device, UUID requestId, UUID documentId, String clientAddress);

    /**
     * Records the device's signed approval and completes every document's signature in one
     * transaction: all are signed, or none and the approval is undone.
     */
    SigningRequestView complete(DeviceCaller device, UUID requestId, String approval, List<SignatureValueInput> values,
            String clientAddress);
}
