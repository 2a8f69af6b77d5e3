package org.vigil.documents.application;

import java.util.UUID;

import jakarta.ejb.Local;

/** People's signing certificates, issued for their authenticator keys. */
@Local
public interface SigningCertificateService {

    /** Revokes every certificate of this authenticator's key (it was revoked, lost or replaced). */
    int revokeForAuthenticator(UUID authenticatorId, String actor, String clientAddress);

    /**
     * Revokes the certificates of every authenticator the identity system no longer lets sign
     * (revoked, or unknown): the safety net for a revocation that did not reach the CA. The
     * number of certificates revoked.
     */
    int reconcile(SignerDirectory directory, String actor);
}
