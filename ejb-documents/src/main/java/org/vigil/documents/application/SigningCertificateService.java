package org.vigil.documents.application;

import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.platform.certificates.AuthenticatorCertificates;

/**
 * People's signing certificates, issued for their authenticator keys. Identity revokes them with an authenticator through
 * {@link AuthenticatorCertificates}, which the same bean implements.
 */
@Local
public interface SigningCertificateService extends AuthenticatorCertificates {

    /**
     * Revokes the certificates of every authenticator the identity system no longer lets sign
     * (revoked, or unknown): the safety net for a revocation that did not reach the CA. The
     * number of certificates revoked.
     */
    int reconcile(String actor);
}
