package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.ciba.CIBAGrant;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.PrivilegedScope;
import org.vigil.identity.domain.Role;
import org.vigil.identity.domain.Sha256;

/** The token endpoint's work: one method per grant type, each checking everything it relies on. */
@Stateless
public class TokenService {

    /** How long a redeemed code is remembered, so that a second redemption revokes what the first one got. */
    private static final Duration USED_CODE_MEMORY = Duration.ofMinutes(10);

    @EJB
    ClientRegistry clients;

    @Inject
    ProtocolState state;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    GrantRevocation grants;

    @Inject
    TokenMinter minter;

    @Inject
    AccountRepository accounts;

    @EJB
    AuditTrail audit;

    @EJB
    CibaService cibaService;

    public AccessTokenResponse token(TokenRequest request, String tokenEndpoint, String clientAddress) {
        String publicClientId = request.getClientID() == null ? null : request.getClientID().getValue();
        OAuthClient client = clients.authenticate(request.getClientAuthentication(), publicClientId, tokenEndpoint, clientAddress);
        AuthorizationGrant grant = request.getAuthorizationGrant();
        if (!client.grantTypes().contains(grant.getType().getValue())) {
            throw new OAuthException(OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use the " + grant.getType() + " grant.");
        }
        if (grant instanceof ClientCredentialsGrant) {
            return clientCredentials(client, request.getScope());
        }
        if (grant instanceof AuthorizationCodeGrant code) {
            return authorizationCode(client, code);
        }
        if (grant instanceof RefreshTokenGrant refresh) {
            return refresh(client, refresh.getRefreshToken().getValue(), request.getScope());
        }
        if (grant instanceof CIBAGrant ciba) {
            CibaService.Granted granted = cibaService.redeem(client, ciba.getAuthRequestID().getValue());
            return tokens(client, granted.session(), activeAccount(granted.session()), granted.scope(), null, null, UUID.randomUUID());
        }
        throw new OAuthException(OAuth2Error.UNSUPPORTED_GRANT_TYPE, "Unsupported grant type " + grant.getType() + ".");
    }

    /**
     * Without a {@code scope} parameter a client gets its registered privileged scopes that its roles back (RFC 6749
     * §3.3's pre-defined default): {@code vigil-admin} gets {@code vigil:admin}, a gateway nothing.
     */
    private AccessTokenResponse clientCredentials(OAuthClient client, Scope requested) {
        Set<String> asked = requested == null ? PrivilegedScope.grantable(client.scopes().stream().filter(s -> PrivilegedScope.of(s).isPresent())
                .toList(), client.roles()) : Set.of(narrowed(client.scopes(), requested).split(" "));
        String scope = String.join(" ", PrivilegedScope.grantable(asked, client.roles())).strip();
        String accessToken = minter.accessToken(client.clientId(), client.clientId(), scope, List.copyOf(client.roles()), null, null);
        return new AccessTokenResponse(new Tokens(bearer(accessToken, scope), null));
    }

    private AccessTokenResponse authorizationCode(OAuthClient client, AuthorizationCodeGrant code) {
        String codeKey = "code:" + Sha256.hex(code.getAuthorizationCode().getValue());
        org.vigil.identity.oidc.AuthorizationGrant grant = state.take(codeKey, org.vigil.identity.oidc.AuthorizationGrant.class)
                .orElseThrow(() -> {
                    state.take("used-" + codeKey, UUID.class).ifPresent(family -> {
                        grants.revoke(family);
                        audit.record("client:" + client.clientId(), "oidc.code-reuse", "grant:" + family, AuditEvent.Outcome.DENIED, null,
                                "the code was redeemed before; its tokens are revoked");
                    });
                    return new OAuthException(OAuth2Error.INVALID_GRANT, "The authorization code is unknown, used or expired.");
                });
        if (!grant.clientId().equals(client.clientId())) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The authorization code was issued to another client.");
        }
        String redirectUri = code.getRedirectionURI() == null ? null : code.getRedirectionURI().toString();
        if (!grant.redirectUri().equals(redirectUri)) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "redirect_uri differs from the authorization request's.");
        }
        if (grant.codeChallenge() != null ? !Pkce.verifies(grant.codeChallenge(), code.getCodeVerifier()) : code.getCodeVerifier() != null) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The PKCE code_verifier does not match the code_challenge.");
        }
        Account account = activeAccount(grant.session());
        UUID family = UUID.randomUUID();
        AccessTokenResponse response = tokens(client, grant.session(), account, grant.scope(), grant.nonce(), null, family);
        state.put("used-" + codeKey, family, USED_CODE_MEMORY);
        audit.record("client:" + client.clientId(), "oidc.code-redeemed", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, null,
                "scope=" + grant.scope());
        return response;
    }

    private AccessTokenResponse refresh(OAuthClient client, String presented, Scope requested) {
        RefreshToken current = refreshTokens.lookUp(presented)
                .orElseThrow(() -> new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token is unknown."));
        if (!current.clientId().equals(client.clientId())) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token was issued to another client.");
        }
        if (current.wasUsed() && current.revokedAt() == null) {
            grants.revoke(current.familyId());
            audit.record("client:" + client.clientId(), "oidc.refresh-reuse", "account:" + current.session().accountId(),
                    AuditEvent.Outcome.DENIED, null, "family " + current.familyId() + " revoked");
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token was used before; all tokens of its login are revoked.");
        }
        if (!current.usable(Instant.now())) {
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token is expired or revoked.");
        }
        Set<String> granted = Set.of(current.scope().split(" "));
        String scope = requested == null ? current.scope() : narrowed(granted, requested);
        Account account = activeAccount(current.session());
        String next = refreshTokens.rotate(current);
        return tokens(client, current.session(), account, scope, null, next, current.familyId());
    }

    /**
     * Access token, ID token when {@code openid} was granted, and a refresh token when the client
     * may refresh: {@code rotatedRefreshToken} when a refresh made one, else a new one in {@code family}.
     */
    private AccessTokenResponse tokens(OAuthClient client, LoginSession session, Account account, String scope, String nonce,
                                       String rotatedRefreshToken, UUID family) {
        return tokens(client, session, account, scope, nonce, rotatedRefreshToken, family, null);
    }

    /**
     * CIBA push mode (CIBA Core §10.3.1): the tokens for the client's notification endpoint, the
     * ID token bound to them by at_hash, rt_hash and the auth_req_id.
     */
    public Tokens cibaPushTokens(OAuthClient client, CibaService.Granted granted, String authReqId) {
        return tokens(client, granted.session(), activeAccount(granted.session()), granted.scope(), null, null, UUID.randomUUID(), authReqId)
                .getTokens();
    }

    private AccessTokenResponse tokens(OAuthClient client, LoginSession session, Account account, String scope, String nonce,
                                       String rotatedRefreshToken, UUID family, String pushedAuthReqId) {
        List<String> roles = account.roles().stream().map(Role::claim).sorted().toList();
        // a privileged scope is granted only to a person holding its role; the rest of what was asked stands
        scope = String.join(" ", PrivilegedScope.grantable(List.of(scope.split(" ")), roles));
        String accessToken = minter.accessToken(account.id().toString(), client.clientId(), scope, roles, session, family);
        String refreshToken = rotatedRefreshToken;
        if (refreshToken == null && client.grantTypes().contains("refresh_token")) {
            refreshToken = refreshTokens.issue(family, client.clientId(), session, scope);
        }
        com.nimbusds.oauth2.sdk.token.RefreshToken refresh = refreshToken == null ? null : new com.nimbusds.oauth2.sdk.token.RefreshToken(refreshToken);
        if (!Set.of(scope.split(" ")).contains("openid")) {
            return new AccessTokenResponse(new Tokens(bearer(accessToken, scope), refresh));
        }
        JWSAlgorithm alg = JWSAlgorithm.parse(client.idTokenAlg());
        Map<String, Object> extra = new HashMap<>();
        if (pushedAuthReqId != null) {
            extra.put("at_hash", AccessTokenHash.compute(new BearerAccessToken(accessToken), alg, null).getValue());
            if (refresh != null) {
                // rt_hash is computed as at_hash is (CIBA Core §10.3.1)
                extra.put("urn:openid:params:jwt:claim:rt_hash", AccessTokenHash.compute(new BearerAccessToken(refreshToken), alg, null).getValue());
            }
            extra.put("urn:openid:params:jwt:claim:auth_req_id", pushedAuthReqId);
        }
        String idToken = minter.idToken(client.clientId(), session, nonce, alg, accessToken, extra);
        try {
            return new OIDCTokenResponse(new OIDCTokens(JWTParser.parse(idToken), bearer(accessToken, scope), refresh));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the ID token just signed does not parse", e);
        }
    }

    private Account activeAccount(LoginSession session) {
        return accounts.find(session.accountId())
                .filter(a -> a.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new OAuthException(OAuth2Error.INVALID_GRANT, "The account is no longer active."));
    }

    private static BearerAccessToken bearer(String token, String scope) {
        return new BearerAccessToken(token, TokenMinter.ACCESS_TOKEN_LIFETIME.toSeconds(), scope.isEmpty() ? null : Scope.parse(scope));
    }

    private static String narrowed(Set<String> granted, Scope requested) {
        Set<String> asked = new LinkedHashSet<>(requested.toStringList());
        if (!granted.containsAll(asked)) {
            asked.removeAll(granted);
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "Not granted: " + String.join(" ", asked) + ".");
        }
        return String.join(" ", asked);
    }

}
