package org.vigil.client.sdk.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

import org.vigil.client.sdk.authenticator.DeviceKey;

/** One {@code private_key_jwt} client assertion (RFC 7523): single-use, short-lived, signed by the device key. */
public final class PrivateKeyJwtAssertion {

    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private PrivateKeyJwtAssertion() {
    }

    /** @param audience the token endpoint (or the issuer) the assertion is presented to */
    public static String sign(String clientId, DeviceKey key, String audience, Instant now) {
        try {
            return key.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.publicJwk().computeThumbprint().toString()).build(),
                    new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(audience)
                            .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME)))
                            .jwtID(UUID.randomUUID().toString()).build());
        } catch (JOSEException e) {
            throw new IllegalStateException("no thumbprint for the device key", e);
        }
    }
}
