package org.vigil.identity.proof;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The checks every device-signed JWS goes through: ES256 and nothing else, the expected
 * {@code typ}, a P-256 public key, a valid signature, an {@code iat} near now.
 */
final class DeviceJws {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SignedJWT jws;

    private DeviceJws(SignedJWT jws) {
        this.jws = jws;
    }

    static DeviceJws parse(String compact, String expectedType) {
        if (compact == null || compact.isBlank()) {
            throw new ProofException("no JWS");
        }
        SignedJWT jws;
        try {
            jws = SignedJWT.parse(compact.strip());
        } catch (ParseException e) {
            throw new ProofException("not a compact JWS", e);
        }
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            throw new ProofException("alg must be ES256");
        }
        if (!new JOSEObjectType(expectedType).equals(jws.getHeader().getType())) {
            throw new ProofException("typ must be " + expectedType);
        }
        return new DeviceJws(jws);
    }

    static ECKey publicP256(ECKey key) {
        if (key == null || key.isPrivate() || !Curve.P_256.equals(key.getCurve())) {
            throw new ProofException("the key must be a public EC P-256 JWK");
        }
        return key.toPublicJWK();
    }

    ECKey headerJwk() {
        if (!(jws.getHeader().getJWK() instanceof ECKey key)) {
            throw new ProofException("the header must carry the device's EC public key as jwk");
        }
        return publicP256(key);
    }

    String keyId() {
        String kid = jws.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new ProofException("the header must name the authenticator as kid");
        }
        return kid;
    }

    JWTClaimsSet verifiedClaims(ECKey key, Instant now) {
        try {
            if (!jws.verify(new ECDSAVerifier(publicP256(key)))) {
                throw new ProofException("bad signature");
            }
            JWTClaimsSet claims = jws.getJWTClaimsSet();
            Date iat = claims.getIssueTime();
            if (iat == null) {
                throw new ProofException("iat missing");
            }
            Instant issued = iat.toInstant();
            if (issued.isAfter(now.plus(CLOCK_SKEW)) || issued.isBefore(now.minus(CLOCK_SKEW))) {
                throw new ProofException("iat too far from the server's clock");
            }
            return claims;
        } catch (JOSEException | ParseException e) {
            throw new ProofException("unverifiable JWS", e);
        }
    }

    static String requiredString(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new ProofException(name + " missing");
        }
        return s;
    }

    static void requireAudience(JWTClaimsSet claims, String audience) {
        if (claims.getAudience() == null || !claims.getAudience().equals(java.util.List.of(audience))) {
            throw new ProofException("aud must be " + audience);
        }
    }

    static String requireJti(JWTClaimsSet claims) {
        String jti = claims.getJWTID();
        if (jti == null || jti.length() < 16) {
            throw new ProofException("jti must have at least 16 characters");
        }
        return jti;
    }
}
