package org.vigil.identity.oidc;

/**
 * A DPoP proof that does not hold (RFC 9449 §4.3, §7): missing, malformed, signed wrongly, for another method or URL, too
 * old, replayed, or by another key than the one the access token is bound to. The message says which, for the
 * {@code error_description}; it names nothing secret.
 */
public class InvalidDpopProofException extends RuntimeException {

    public InvalidDpopProofException(String reason) {
        super(describable(reason), null, false, false);
    }

    /** RFC 6749 §5.2 and RFC 6750 §3 allow printable ASCII but '"' and '\' in a description; the verifier's may quote. */
    private static String describable(String reason) {
        return reason == null ? null : reason.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "'");
    }
}
