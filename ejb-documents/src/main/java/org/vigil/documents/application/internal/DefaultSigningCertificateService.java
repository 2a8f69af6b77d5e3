package org.vigil.documents.application.internal;

import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.documents.application.SignerDirectory;
import org.vigil.documents.application.SignerKey;
import org.vigil.documents.application.SigningCertificateService;
import org.vigil.platform.certificates.AuthenticatorCertificates;

@Stateless
// both views named, so identity finds the bean by the platform's interface alone
public class DefaultSigningCertificateService implements SigningCertificateService, AuthenticatorCertificates {

    @Inject
    SigningCertificates certificates;

    @Inject
    DocumentAuditTrail audit;

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
    public int reconcile(SignerDirectory directory, String actor) {
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
