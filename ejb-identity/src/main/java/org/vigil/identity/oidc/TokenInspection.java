package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.StoredRefreshToken;

/**
 * Introspection (RFC 7662) and revocation (RFC 7009). Only confidential clients may introspect. An
 * access token is described to the client it was issued to and to resource servers an admin named
 * ({@code resourceServer}); to anyone else it is {@code active: false}, as RFC 7662 §2.2 allows, so a
 * client cannot learn what other clients' tokens say. A refresh token is visible and revocable only
 * to its own client; revoking one ends its grant's access tokens too.
 */
@Stateless
public class TokenInspection {

    @EJB
    ClientRegistry clients;

    @Inject
    AccessTokenVerifier accessTokens;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    GrantRevocation grants;

    @EJB
    AuditTrail audit;

    public Map<String, Object> introspect(ClientAuthentication authentication, String token, String endpoint, String clientAddress) {
        OAuthClient caller = confidential(authentication, endpoint, clientAddress);
        Map<String, Object> answer = new LinkedHashMap<>();
        Optional<AccessTokenClaims> access = access(token).filter(c -> c.clientId().equals(caller.clientId()) || caller.isResourceServer());
        if (access.isPresent()) {
            AccessTokenClaims c = access.get();
            answer.put("active", true);
            // RFC 9449 §6.2: a resource server introspecting a bound token learns the key it must see a proof of
            answer.put("token_type", c.dpopBound() ? "DPoP" : "Bearer");
            if (c.dpopBound()) {
                answer.put("cnf", Map.of("jkt", c.dpopJkt()));
            }
            answer.put("sub", c.subject());
            answer.put("client_id", c.clientId());
            answer.put("scope", String.join(" ", c.scopes()));
            answer.put("roles", c.roles());
            answer.put("iat", c.issuedAt().getEpochSecond());
            answer.put("exp", c.expiresAt().getEpochSecond());
            answer.put("aud", TokenMinter.API_AUDIENCE);
            if (c.acr() != null) {
                answer.put("acr", c.acr());
            }
            return answer;
        }
        Optional<StoredRefreshToken> refresh = refreshTokens.lookUp(token)
                .filter(t -> t.clientId().equals(caller.clientId()))
                .filter(t -> t.usable(Instant.now()));
        if (refresh.isPresent()) {
            answer.put("active", true);
            answer.put("token_type", "refresh_token");
            answer.put("sub", refresh.get().session().accountId().toString());
            answer.put("client_id", refresh.get().clientId());
            answer.put("scope", refresh.get().scope());
            answer.put("exp", refresh.get().expiresAt().getEpochSecond());
            return answer;
        }
        return Map.of("active", false);
    }

    public void revoke(ClientAuthentication authentication, String publicClientId, String token, String endpoint, String clientAddress) {
        OAuthClient caller = clients.authenticate(authentication, publicClientId, endpoint, clientAddress);
        Optional<AccessTokenClaims> access = access(token).filter(c -> c.clientId().equals(caller.clientId()));
        if (access.isPresent()) {
            accessTokens.revoke(access.get());
            audit.record("client:" + caller.clientId(), "oidc.revoke", "token:" + access.get().jti(), AuditEvent.Outcome.SUCCESS, null, "access token");
            return;
        }
        refreshTokens.lookUp(token).filter(t -> t.clientId().equals(caller.clientId())).ifPresent(t -> {
            grants.revoke(t.familyId());
            audit.record("client:" + caller.clientId(), "oidc.revoke", "account:" + t.session().accountId(), AuditEvent.Outcome.SUCCESS,
                    null, "refresh token family " + t.familyId());
        });
        // RFC 7009 §2.2: an unknown or foreign token is answered like a revoked one
    }

    private OAuthClient confidential(ClientAuthentication authentication, String endpoint, String clientAddress) {
        if (authentication == null) {
            throw ClientRegistry.invalidClient();
        }
        return clients.authenticate(authentication, null, endpoint, clientAddress);
    }

    private Optional<AccessTokenClaims> access(String token) {
        try {
            return Optional.of(accessTokens.check(token));
        } catch (InvalidTokenException e) {
            return Optional.empty();
        }
    }
}
