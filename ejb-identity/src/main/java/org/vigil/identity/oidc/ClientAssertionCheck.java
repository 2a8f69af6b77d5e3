package org.vigil.identity.oidc;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks a {@code private_key_jwt} client assertion (RFC 7523): signed with an asymmetric key
 * the client registered (never {@code none}, never HMAC: a client's public key is no secret),
 * issued by and about the client, for this provider, short-lived. The caller guards the
 * {@code jti} against replay until the returned expiry.
 */
final class ClientAssertionCheck {

    static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256, JWSAlgorithm.PS256);

    /** A valid assertion's replay key. */
    record Checked(String jti, Instant expiresAt) {
    }

    private ClientAssertionCheck() {
    }

    static Checked check(SignedJWT assertion, String clientId, JWKSet clientKeys, Set<String> acceptedAudiences, Instant now) {
        JWSAlgorithm alg = assertion.getHeader().getAlgorithm();
        if (!ALLOWED.contains(alg)) {
            throw new IllegalArgumentException("assertion algorithm " + alg + " is not accepted");
        }
        try {
            if (!verifiedByAnyKey(assertion, clientKeys)) {
                throw new IllegalArgumentException("assertion signature does not verify with the client's keys");
            }
            JWTClaimsSet claims = assertion.getJWTClaimsSet();
            if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
                throw new IllegalArgumentException("assertion iss and sub must be the client_id");
            }
            List<String> aud = claims.getAudience();
            if (aud == null || aud.stream().noneMatch(acceptedAudiences::contains)) {
                throw new IllegalArgumentException("assertion aud must name this provider");
            }
            Date exp = claims.getExpirationTime();
            if (exp == null || !now.minus(CLOCK_SKEW).isBefore(exp.toInstant())) {
                throw new IllegalArgumentException("assertion expired or without exp");
            }
            Date iat = claims.getIssueTime();
            Instant issued = iat == null ? now : iat.toInstant();
            if (exp.toInstant().isAfter(issued.plus(MAX_LIFETIME)) || exp.toInstant().isAfter(now.plus(MAX_LIFETIME))) {
                throw new IllegalArgumentException("assertion lives longer than " + MAX_LIFETIME.toMinutes() + " minutes");
            }
            Date nbf = claims.getNotBeforeTime();
            if (nbf != null && nbf.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
                throw new IllegalArgumentException("assertion not valid yet");
            }
            String jti = claims.getJWTID();
            if (jti == null || jti.isBlank()) {
                throw new IllegalArgumentException("assertion jti missing");
            }
            return new Checked(jti, exp.toInstant());
        } catch (ParseException e) {
            throw new IllegalArgumentException("assertion claims unreadable", e);
        }
    }

    static boolean verifiedByAnyKey(SignedJWT assertion, JWKSet keys) {
        String kid = assertion.getHeader().getKeyID();
        for (JWK key : keys.getKeys()) {
            if (kid != null && !kid.equals(key.getKeyID())) {
                continue;
            }
            try {
                JWSVerifier verifier = verifier(key);
                if (verifier != null && verifier.supportedJWSAlgorithms().contains(assertion.getHeader().getAlgorithm())
                        && assertion.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException e) {
                // this key cannot verify it; another might
            }
        }
        return false;
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        if (key instanceof ECKey ec) {
            return new ECDSAVerifier(ec.toPublicJWK());
        }
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa.toPublicJWK());
        }
        return null;
    }
}
