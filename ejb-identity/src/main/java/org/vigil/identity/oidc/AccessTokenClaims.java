package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a valid access token says: who (an account, or a client acting for itself), through
 * which client, with which scopes and roles; {@code dpopJkt} is the thumbprint of the DPoP key it is bound to, or null
 * for a bearer token; {@code patient} is the SMART launch context (the FHIR Patient id an outside application was
 * launched for), or null.
 */
public record AccessTokenClaims(String subject, String clientId, Set<String> scopes, List<String> roles, String acr,
                                String sessionId, String jti, Instant issuedAt, Instant expiresAt, String dpopJkt, String patient) {

    public AccessTokenClaims(String subject, String clientId, Set<String> scopes, List<String> roles, String acr, String sessionId,
                             String jti, Instant issuedAt, Instant expiresAt, String dpopJkt) {
        this(subject, clientId, scopes, roles, acr, sessionId, jti, issuedAt, expiresAt, dpopJkt, null);
    }

    public AccessTokenClaims(String subject, String clientId, Set<String> scopes, List<String> roles, String acr, String sessionId,
                             String jti, Instant issuedAt, Instant expiresAt) {
        this(subject, clientId, scopes, roles, acr, sessionId, jti, issuedAt, expiresAt, null, null);
    }

    public boolean dpopBound() {
        return dpopJkt != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Client-credentials tokens name the client as their subject. */
    public boolean isClientItself() {
        return subject.equals(clientId);
    }
}
