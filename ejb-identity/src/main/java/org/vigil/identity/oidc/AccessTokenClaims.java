package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a valid access token says: who (an account, or a client acting for itself), through
 * which client, with which scopes and roles.
 */
public record AccessTokenClaims(String subject, String clientId, Set<String> scopes, List<String> roles, String acr,
                                String sessionId, String jti, Instant issuedAt, Instant expiresAt) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Client-credentials tokens name the client as their subject. */
    public boolean isClientItself() {
        return subject.equals(clientId);
    }
}
