package org.vigil.identity.proof;

import java.time.Instant;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * A new device's proof that it holds the private half of the key it enrolls: a JWS signed by
 * that key, carrying the key in its header and the enrollment code in its claims.
 */
public final class EnrollmentProof {

    public static final String TYPE = "vigil-enrollment+jwt";

    /** The key proven and the thumbprint it is known by. */
    public record Proven(ECKey publicKey, String thumbprint) {
    }

    private EnrollmentProof() {
    }

    public static Proven verify(String compact, String audience, String code, Instant now) {
        DeviceJws jws = DeviceJws.parse(compact, TYPE);
        ECKey key = jws.headerJwk();
        JWTClaimsSet claims = jws.verifiedClaims(key, now);
        DeviceJws.requireAudience(claims, audience);
        DeviceJws.requireJti(claims);
        if (!DeviceJws.requiredString(claims, "code").equals(code)) {
            throw new ProofException("the signed code differs from the code sent");
        }
        try {
            return new Proven(key, key.computeThumbprint().toString());
        } catch (JOSEException e) {
            throw new ProofException("no thumbprint for this key", e);
        }
    }
}
