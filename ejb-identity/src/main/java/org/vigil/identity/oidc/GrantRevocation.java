package org.vigil.identity.oidc;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Ends one grant (the tokens one code or one CIBA approval led to): its refresh tokens in the database, and its access
 * tokens wherever they are presented, until they would have expired anyway.
 */
@ApplicationScoped
public class GrantRevocation {

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    AccessTokenVerifier accessTokens;

    public void revoke(UUID grantId) {
        refreshTokens.revokeFamily(grantId);
        accessTokens.revokeGrant(grantId);
    }
}
