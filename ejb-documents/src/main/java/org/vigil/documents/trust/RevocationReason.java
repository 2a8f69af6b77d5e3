package org.vigil.documents.trust;

import org.bouncycastle.asn1.x509.CRLReason;

/** Why a certificate was revoked: the RFC 5280 reason codes Vigil uses. */
public enum RevocationReason {
    /** Reason not given. */
    UNSPECIFIED(CRLReason.unspecified),
    /** The authenticator's key may be in someone else's hands (device lost or stolen). */
    KEY_COMPROMISE(CRLReason.keyCompromise),
    /** The person's name or verification changed. */
    AFFILIATION_CHANGED(CRLReason.affiliationChanged),
    /** A new certificate replaces this one. */
    SUPERSEDED(CRLReason.superseded),
    /** The authenticator was revoked by its owner or an admin; nothing was compromised. */
    CESSATION_OF_OPERATION(CRLReason.cessationOfOperation);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The CRLReason code that goes into CRL entries and OCSP responses. */
    public int code() {
        return code;
    }

    /** The reason with this CRLReason code, as stored. */
    public static RevocationReason ofCode(int code) {
        for (RevocationReason reason : values()) {
            if (reason.code == code) {
                return reason;
            }
        }
        throw new IllegalArgumentException("no revocation reason has the code " + code);
    }
}
