package org.vigil.documents.application;

import java.util.UUID;

import jakarta.ejb.Local;

/** People's signing certificates, issued for their authenticator keys. */
@Local
public interface SigningCertificateService {

    /** Revokes every certificate of this authenticator's key (it was revoked, lost or replaced). */
    int revokeForAuthenticator(UUID authenticatorId, String actor, String clientAddress);
}
