package org.vigil.client.sdk.authenticator;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The JWS that records a person's decision on one approval request (protocol §4). It signs the
 * binding message and nonce exactly as received, so an altered request cannot be approved.
 */
public final class ApprovalSignature {

    public static final JOSEObjectType TYPE = new JOSEObjectType("vigil-approval+jwt");

    private ApprovalSignature() {
    }

    public static String sign(DeviceKey key, String authenticatorId, ApprovalRequest request, Decision decision,
                              Instant now) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(TYPE)
                .keyID(authenticatorId)
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("req", request.id())
                .claim("bm", request.bindingMessage())
                .claim("nonce", request.nonce())
                .claim("decision", decision.wireName())
                .issueTime(Date.from(now))
                .build();
        return key.sign(header, claims);
    }
}
