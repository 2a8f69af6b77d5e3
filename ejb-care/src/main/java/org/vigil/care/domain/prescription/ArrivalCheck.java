package org.vigil.care.domain.prescription;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a signed prescription may reach its pharmacy, decided on arrival from the routing queue:
 * the PDF must carry a signature DSS validates as TOTAL_PASSED, made by the prescribing doctor,
 * over exactly the PDF Vigil rendered for this prescription. Anything else sends it back to the
 * doctor with the reason in words (and DSS's indication); no pharmacy ever sees it.
 */
public final class ArrivalCheck {

    /** What DSS's sub-indications mean for a doctor reading why a prescription came back. */
    private static final Map<String, String> IN_WORDS = Map.ofEntries(
            Map.entry("HASH_FAILURE", "the PDF was changed after it was signed"),
            Map.entry("SIG_CRYPTO_FAILURE", "the signature value does not match the signed PDF"),
            Map.entry("REVOKED", "the signing certificate was revoked"),
            Map.entry("REVOKED_NO_POE", "the signing certificate was revoked and nothing proves the signature was made before"),
            Map.entry("REVOKED_CA_NO_POE", "a certificate of the signer's authority was revoked"),
            Map.entry("NO_CERTIFICATE_CHAIN_FOUND", "the signing certificate was not issued by an authority Vigil trusts"),
            Map.entry("NO_SIGNING_CERTIFICATE_FOUND", "the signature names no signing certificate"),
            Map.entry("OUT_OF_BOUNDS_NO_POE", "the signing certificate was not valid when the signature was made"),
            Map.entry("OUT_OF_BOUNDS_NOT_REVOKED", "the signing certificate was not valid when the signature was made"),
            Map.entry("EXPIRED", "the signing certificate had expired"),
            Map.entry("NOT_YET_VALID", "the signing certificate was not yet valid"),
            Map.entry("FORMAT_FAILURE", "the signature is not a well-formed PAdES signature"),
            Map.entry("TRY_LATER", "the signer's revocation status could not be obtained"),
            Map.entry("CHAIN_CONSTRAINTS_FAILURE", "the signer's certificate chain breaks the validation policy"),
            Map.entry("SIG_CONSTRAINTS_FAILURE", "the signature breaks the validation policy"),
            Map.entry("CRYPTO_CONSTRAINTS_FAILURE", "the signature uses an algorithm the policy no longer accepts"));

    private ArrivalCheck() {
    }

    /**
     * @param rendered the PDF Vigil rendered for this prescription
     * @param signed the signed PDF that arrived
     * @return why it goes back to the doctor, or empty when it may go to the pharmacy
     */
    public static Optional<String> refusal(Prescription prescription, byte[] rendered, byte[] signed, SignatureFindings findings) {
        if (findings.signatures().isEmpty()) {
            return Optional.of("The PDF carries no signature.");
        }
        for (SignatureFindings.Signature signature : findings.signatures()) {
            if (!signature.passed()) {
                String words = signature.subIndication() == null ? null : IN_WORDS.get(signature.subIndication());
                return Optional.of("The signature of " + name(signature) + " did not pass validation"
                        + (words == null ? "" : ": " + words) + " (DSS: " + signature.dssIndication() + ").");
            }
        }
        SignatureFindings.Signature first = findings.signatures().get(0);
        if (!prescription.prescriberId().equals(first.signerAccount())) {
            return Optional.of("The PDF was signed by " + name(first) + ", who is not the prescribing doctor; only the doctor who"
                    + " wrote a prescription signs it (DSS: " + first.dssIndication() + ").");
        }
        if (signed.length <= rendered.length || !Arrays.equals(Arrays.copyOf(signed, rendered.length), rendered)) {
            return Optional.of("The signed PDF is not the one Vigil rendered for prescription " + prescription.number()
                    + " (DSS: " + first.dssIndication() + ").");
        }
        return Optional.empty();
    }

    private static String name(SignatureFindings.Signature signature) {
        return signature.signedBy() == null ? "an unnamed signer" : signature.signedBy();
    }
}
