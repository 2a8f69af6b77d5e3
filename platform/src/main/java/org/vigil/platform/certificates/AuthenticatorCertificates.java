package org.vigil.platform.certificates;

import java.util.UUID;

import jakarta.ejb.Local;

/**
 * The signing certificates issued for a person's authenticator key, as identity needs them: when it stops trusting an
 * authenticator, its certificates must stop being trusted too. The document server implements it; like
 * {@link org.vigil.platform.directory.RoleHolders}, the whole contract between the two lives here, so neither module
 * knows the other. The implementation joins the caller's transaction: the authenticator and its certificates are
 * revoked together or not at all.
 */
@Local
public interface AuthenticatorCertificates {

    /** Revokes every certificate of this authenticator's key (it was revoked, lost or replaced); @return how many */
    int revokeForAuthenticator(UUID authenticatorId, String actor, String clientAddress);
}
