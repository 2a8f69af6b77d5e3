package org.vigil.documents.application.internal;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.documents.application.SigningCertificateService;
import org.vigil.platform.certificates.AuthenticatorCertificates;
import org.vigil.platform.signers.SignerDirectory;
import org.vigil.platform.signers.SignerKey;

@Stateless
// both views named, so identity finds the bean by the platform's interface alone
public class DefaultSigningCertificateService implements SigningCertificateService, AuthenticatorCertificates {

    @Inject
    SigningCertificates certificates;

    @Inject
    DocumentAuditTrail audit;

    @EJB
    SignerDirectory directory;

    @Override
    public int revokeForAuthenticator(UUID authenticatorId, String actor, String clientAddress) {
        int revoked = certificates.revokeAll(authenticatorId);
        if (revoked > 0) {
            audit.record(actor, "certificate.revoke", "authenticator:" + authenticatorId, clientAddress,
                    revoked + " signing certificate(s) revoked");
        }
        return revoked;
    }

    @Override
    public int reconcile(String actor) {
        int revoked = 0;
        for (UUID authenticatorId : certificates.authenticatorsWithLiveCertificates()) {
            boolean canSign = directory.authenticator(authenticatorId).map(SignerKey::active).orElse(false);
            if (!canSign) {
                revoked += revokeForAuthenticator(authenticatorId, actor, null);
            }
        }
        return revoked;
    }
}
