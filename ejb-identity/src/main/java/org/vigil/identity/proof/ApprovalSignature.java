package org.vigil.identity.proof;

import java.time.Instant;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * A person's decision on an approval request, signed by their device over the request's id,
 * binding message and nonce: an altered request or decision does not verify.
 */
public final class ApprovalSignature {

    public static final String TYPE = "vigil-approval+jwt";

    private ApprovalSignature() {
    }

    /** What was approved or denied, as the device saw it. */
    public record Expected(String requestId, String bindingMessage, String nonce, String decision) {
    }

    public static void verify(String compact, ECKey key, String authenticatorId, Expected expected, Instant now) {
        DeviceJws jws = DeviceJws.parse(compact, TYPE);
        if (!authenticatorId.equals(jws.keyId())) {
            throw new ProofException("signed by another authenticator");
        }
        JWTClaimsSet claims = jws.verifiedClaims(key, now);
        same(claims, "req", expected.requestId());
        same(claims, "bm", expected.bindingMessage());
        same(claims, "nonce", expected.nonce());
        same(claims, "decision", expected.decision());
    }

    private static void same(JWTClaimsSet claims, String name, String expected) {
        if (!expected.equals(DeviceJws.requiredString(claims, name))) {
            throw new ProofException(name + " differs from the request");
        }
    }
}
