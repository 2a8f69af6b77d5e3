package org.vigil.identity.proof;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * A device authenticating one HTTP request, as DPoP does: a JWS over the method and URL, short
 * lived and single use (the caller keeps the returned {@code jti} in a replay cache until
 * {@code expiresAt}).
 */
public final class DeviceAssertion {

    public static final String TYPE = "vigil-device+jwt";
    public static final Duration MAX_LIFETIME = Duration.ofSeconds(120);

    private final DeviceJws jws;

    /** What a valid assertion establishes. */
    public record Verified(String jti, Instant expiresAt) {
    }

    private DeviceAssertion(DeviceJws jws) {
        this.jws = jws;
    }

    public static DeviceAssertion parse(String compact) {
        return new DeviceAssertion(DeviceJws.parse(compact, TYPE));
    }

    /** The authenticator that claims to have signed, to look its key up by. */
    public String authenticatorId() {
        return jws.keyId();
    }

    public Verified verify(ECKey key, String issuer, String method, String url, Instant now) {
        JWTClaimsSet claims = jws.verifiedClaims(key, now);
        DeviceJws.requireAudience(claims, issuer);
        if (!method.equals(DeviceJws.requiredString(claims, "htm"))) {
            throw new ProofException("htm differs from the request method");
        }
        if (!url.equals(DeviceJws.requiredString(claims, "htu"))) {
            throw new ProofException("htu differs from the request URL");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new ProofException("exp missing");
        }
        Instant expiresAt = exp.toInstant();
        if (!now.isBefore(expiresAt)) {
            throw new ProofException("expired");
        }
        if (expiresAt.isAfter(claims.getIssueTime().toInstant().plus(MAX_LIFETIME))) {
            throw new ProofException("lives longer than " + MAX_LIFETIME.toSeconds() + " s");
        }
        return new Verified(DeviceJws.requireJti(claims), expiresAt);
    }
}
