package org.vigil.api.documents;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vigil.documents.application.SigningCertificateService;
import org.vigil.identity.application.AuthenticatorService;
import org.vigil.identity.application.DevicePrincipal;

/**
 * Revoking an authenticator and its signing certificates in one transaction: identity and
 * documents share the datasource and both EJBs join the caller's transaction, so either the
 * device is revoked and OCSP says "revoked", or neither happened and the caller sees the error.
 * Lives here because only the API layer may know both modules.
 */
@ApplicationScoped
public class AuthenticatorRevocation {

    @EJB
    AuthenticatorService authenticators;

    @EJB
    SigningCertificateService signingCertificates;

    @Transactional
    public void revoke(DevicePrincipal caller, UUID authenticatorId, String clientAddress) {
        authenticators.revoke(caller, authenticatorId, clientAddress);
        signingCertificates.revokeForAuthenticator(authenticatorId, caller.auditName(), clientAddress);
    }
}
