package org.vigil.documents.validation;

import java.time.Instant;
import java.util.List;

/**
 * The ETSI EN 319 102-1 result for one signature of a document.
 *
 * @param signatureId DSS's identifier of the signature within the document
 * @param signedBy the signer's name, as in the signing certificate
 * @param bestSignatureTime the earliest time the signature is proven to have existed (its
 *                          timestamp for T and above, else the validation time)
 * @param format the signature format and level found, e.g. {@code PAdES-BASELINE-LTA}
 * @param indication TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE
 * @param subIndication why it did not pass (e.g. HASH_FAILURE, REVOKED_NO_POE, NO_CERTIFICATE_CHAIN_FOUND),
 *                      or null when it passed
 * @param errors the validation errors DSS reported, in its words
 * @param signerSerialNumber the serialNumber attribute of the signing certificate's subject (for
 *                           Vigil's certificates the signer's account id), or null
 */
public record SignatureVerdict(String signatureId, String signedBy, Instant bestSignatureTime, String format,
        String indication, String subIndication, List<String> errors, String signerSerialNumber) {

    public SignatureVerdict {
        errors = List.copyOf(errors);
    }

    public boolean passed() {
        return "TOTAL_PASSED".equals(indication);
    }
}
