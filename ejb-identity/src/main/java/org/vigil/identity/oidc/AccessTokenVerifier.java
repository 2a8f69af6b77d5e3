package org.vigil.identity.oidc;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.vigil.identity.application.IssuerUrl;

/**
 * Checks access tokens in-process, completely: only ES256/RS256 from this provider's published
 * keys (so {@code alg: none} and HMAC-with-the-public-key go nowhere), type {@code at+jwt},
 * issuer, audience, lifetime, and not revoked. A signature already checked on this node is not
 * checked again while its token lasts ({@link VerifiedSignatures}); everything else is.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    private static final Duration KEYS_REREAD_AFTER = Duration.ofSeconds(30);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /** Enough for every device and person active on a node at once; see {@link VerifiedSignatures}. */
    private static final int VERIFIED_SIGNATURES_KEPT = 20_000;
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256);

    @EJB
    SigningKeyRing keyRing;

    @Inject
    IssuerUrl issuer;

    @Inject
    TokenRevocations revocations;

    @Inject
    TokenCutoffs cutoffs;

    @Inject
    DpopProofs proofs;

    private final VerifiedSignatures verifiedSignatures = new VerifiedSignatures(VERIFIED_SIGNATURES_KEPT);
    private volatile JWKSet keys;
    private volatile Instant keysReadAt = Instant.EPOCH;
    private volatile long rotationsSeen = -1;

    /**
     * A token presented as a bearer token (RFC 6750): one bound to a DPoP key is refused, since whoever presents it
     * without the key's proof may have stolen it (RFC 9449 §7.2).
     *
     * @throws InvalidTokenException with the reason, for the WWW-Authenticate error description
     */
    public AccessTokenClaims verify(String token) {
        AccessTokenClaims claims = check(token);
        if (claims.dpopBound()) {
            throw new DpopBoundTokenException();
        }
        return claims;
    }

    /**
     * A token presented with {@code Authorization: DPoP} (RFC 9449 §7.1): it must be bound to a key, and the proof made
     * with that key for this very request.
     *
     * @param url the request's URL as the client addressed it
     * @throws InvalidTokenException for the token, {@link InvalidDpopProofException} for the proof
     */
    public AccessTokenClaims verifyDpop(String token, String proof, String method, java.net.URI url) {
        AccessTokenClaims claims = check(token);
        if (!claims.dpopBound()) {
            throw new InvalidTokenException("not bound to a DPoP key; present it as Authorization: Bearer");
        }
        proofs.checkResourceRequest(method, url, proof, token, claims.clientId(), claims.dpopJkt());
        return claims;
    }

    /** Everything but how the token is presented: what introspection answers about. */
    public AccessTokenClaims check(String token) {
        Instant now = Instant.now();
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new InvalidTokenException("not a signed JWT");
        }
        if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
            throw new InvalidTokenException("algorithm not accepted");
        }
        if (!new JOSEObjectType("at+jwt").equals(jwt.getHeader().getType())) {
            throw new InvalidTokenException("not an access token");
        }
        JWK key = key(jwt.getHeader().getKeyID(), now);
        try {
            boolean checkedBefore = verifiedSignatures.contains(token, now);
            boolean valid = checkedBefore || (key instanceof ECKey ec ? jwt.verify(new ECDSAVerifier(ec))
                    : key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa)));
            if (!valid) {
                throw new InvalidTokenException("bad signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.url().equals(claims.getIssuer())) {
                throw new InvalidTokenException("issued by someone else");
            }
            if (claims.getAudience() == null || !claims.getAudience().contains(TokenMinter.API_AUDIENCE)) {
                throw new InvalidTokenException("not meant for this API");
            }
            if (claims.getExpirationTime() == null || !now.minus(CLOCK_SKEW).isBefore(claims.getExpirationTime().toInstant())) {
                throw new InvalidTokenException("expired");
            }
            if (revocations.tokenRevoked(claims.getJWTID())) {
                throw new InvalidTokenException("revoked");
            }
            String grant = claims.getStringClaim(TokenMinter.GRANT_ID);
            if (grant != null && revocations.grantRevoked(grant)) {
                throw new InvalidTokenException("revoked");
            }
            cutoffs.check(claims.getSubject(), claims.getStringClaim("client_id"), claims.getIssueTime().toInstant());
            if (!checkedBefore) {
                verifiedSignatures.add(token, claims.getExpirationTime().toInstant().plus(CLOCK_SKEW), now);
            }
            String scope = claims.getStringClaim("scope");
            List<String> roles = claims.getStringListClaim("roles");
            return new AccessTokenClaims(claims.getSubject(), claims.getStringClaim("client_id"),
                    scope == null || scope.isBlank() ? Set.of() : new LinkedHashSet<>(List.of(scope.split(" "))),
                    roles == null ? List.of() : roles, claims.getStringClaim("acr"), claims.getStringClaim("sid"), claims.getJWTID(),
                    claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant(), dpopJkt(claims),
                    claims.getStringClaim(SmartScopes.PATIENT_CLAIM));
        } catch (JOSEException | ParseException e) {
            throw new InvalidTokenException("unverifiable");
        }
    }

    /** Refuses the token from now on, until it would have expired anyway. */
    public void revoke(AccessTokenClaims claims) {
        Duration left = Duration.between(Instant.now(), claims.expiresAt()).plus(CLOCK_SKEW);
        if (!left.isNegative()) {
            revocations.revokeToken(claims.jti(), left);
        }
    }

    /**
     * Refuses every access token of a grant (one login's refresh family) from now on, for as long as any of them could
     * still be valid: what reuse of a code or a refresh token, and revocation of a refresh token, end (RFC 6749 §4.1.2,
     * RFC 7009 §2.1).
     */
    public void revokeGrant(java.util.UUID grantId) {
        revocations.revokeGrant(grantId, TokenMinter.ACCESS_TOKEN_LIFETIME.plus(CLOCK_SKEW));
    }

    private static String dpopJkt(JWTClaimsSet claims) throws ParseException {
        Map<String, Object> cnf = claims.getJSONObjectClaim(TokenMinter.DPOP_CONFIRMATION);
        return cnf == null || !(cnf.get("jkt") instanceof String jkt) ? null : jkt;
    }

    private JWK key(String kid, Instant now) {
        if (kid == null) {
            throw new InvalidTokenException("no key id");
        }
        JWKSet current = keys;
        long rotations = keyRing.rotations();
        boolean stale = keysReadAt.isBefore(now.minus(KEYS_REREAD_AFTER)) || rotations != rotationsSeen;
        // an unknown kid may be a key made on another node; look again, but not on every request
        boolean unknownAndWorthALook = current != null && current.getKeyByKeyId(kid) == null && keysReadAt.isBefore(now.minusSeconds(5));
        if (current == null || stale || unknownAndWorthALook) {
            current = keyRing.published();
            keys = current;
            keysReadAt = now;
            rotationsSeen = rotations;
        }
        JWK key = current.getKeyByKeyId(kid);
        if (key == null) {
            throw new InvalidTokenException("unknown key");
        }
        return key;
    }
}
