package org.vigil.care.domain.prescription;

import java.util.List;
import java.util.UUID;

/**
 * What validating a signed prescription PDF found (EU DSS, ETSI EN 319 102-1), in care's own
 * terms: one entry per signature in document order, and DSS's reports as XML.
 */
public record SignatureFindings(List<Signature> signatures, String simpleReport, String detailedReport) {

    public SignatureFindings {
        signatures = List.copyOf(signatures);
    }

    /**
     * @param signerAccount the account id the signing certificate names (its subject's serialNumber), when it names one
     */
    public record Signature(String signedBy, UUID signerAccount, String format, String indication, String subIndication,
            List<String> errors) {

        public Signature {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        public boolean passed() {
            return "TOTAL_PASSED".equals(indication);
        }

        /** "TOTAL_FAILED/HASH_FAILURE", as DSS names it. */
        public String dssIndication() {
            return subIndication == null ? indication : indication + "/" + subIndication;
        }
    }
}
