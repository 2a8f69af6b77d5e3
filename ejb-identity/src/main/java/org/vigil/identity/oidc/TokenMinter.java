package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.domain.LoginSession;

/** Signs the provider's JWTs: access tokens (RFC 9068) and ID tokens. */
@ApplicationScoped
public class TokenMinter {

    public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);
    public static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(5);
    /** The audience of access tokens: Vigil's own APIs. */
    public static final String API_AUDIENCE = "vigil-api";

    @EJB
    SigningKeyRing keys;

    @Inject
    IssuerUrl issuer;

    /** The claim naming the grant (refresh token family) an access token stems from, so reuse detection can revoke it. */
    public static final String GRANT_ID = "grant_id";
    /** The confirmation claim (RFC 7800) whose {@code jkt} names the DPoP key a token is bound to. */
    public static final String DPOP_CONFIRMATION = "cnf";

    /**
     * @param subject the account id, or the client id for client-credentials tokens
     * @param session the login the token stems from, or null for client-credentials tokens
     * @param grantId the grant (a code's or CIBA request's refresh family) the token belongs to, or null for client credentials
     */
    public String accessToken(String subject, String clientId, String scope, List<String> roles, LoginSession session, UUID grantId) {
        return accessToken(subject, clientId, scope, roles, session, grantId, null);
    }

    /**
     * @param dpopJkt the JWK SHA-256 thumbprint of the DPoP key the token is bound to ({@code cnf.jkt}, RFC 9449 §6.1), or
     *                null for a bearer token
     */
    public String accessToken(String subject, String clientId, String scope, List<String> roles, LoginSession session, UUID grantId,
                              String dpopJkt) {
        return accessToken(subject, clientId, scope, roles, session, grantId, dpopJkt, Map.of());
    }

    /** @param context further claims: the SMART launch context ({@code patient}) */
    public String accessToken(String subject, String clientId, String scope, List<String> roles, LoginSession session, UUID grantId,
                              String dpopJkt, Map<String, Object> context) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.url())
                .subject(subject)
                .audience(API_AUDIENCE)
                .claim("client_id", clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ACCESS_TOKEN_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("scope", scope)
                .claim("roles", roles);
        if (grantId != null) {
            claims.claim(GRANT_ID, grantId.toString());
        }
        if (dpopJkt != null) {
            claims.claim(DPOP_CONFIRMATION, Map.of("jkt", dpopJkt));
        }
        context.forEach(claims::claim);
        if (session != null) {
            claims.claim("auth_time", session.authTime().getEpochSecond())
                    .claim("acr", session.acr())
                    .claim("sid", session.sid());
        }
        return sign(JWSAlgorithm.ES256, new JOSEObjectType("at+jwt"), claims.build());
    }

    public String idToken(String clientId, LoginSession session, String nonce, JWSAlgorithm alg, String accessToken) {
        return idToken(clientId, session, nonce, alg, accessToken, Map.of());
    }

    /** @param extra further claims, e.g. CIBA push mode's hashes and auth_req_id */
    public String idToken(String clientId, LoginSession session, String nonce, JWSAlgorithm alg, String accessToken,
                          Map<String, Object> extra) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.url())
                .subject(session.accountId().toString())
                .audience(clientId)
                .claim("azp", clientId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ID_TOKEN_LIFETIME)))
                .claim("auth_time", session.authTime().getEpochSecond())
                .claim("acr", session.acr())
                .claim("amr", session.amr())
                .claim("sid", session.sid());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        extra.forEach(claims::claim);
        return sign(alg, JOSEObjectType.JWT, claims.build());
    }

    private String sign(JWSAlgorithm alg, JOSEObjectType type, JWTClaimsSet claims) {
        return keys.signingKey(alg).sign(type, claims);
    }
}
