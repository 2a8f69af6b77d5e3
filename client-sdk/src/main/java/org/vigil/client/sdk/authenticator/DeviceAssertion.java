package org.vigil.client.sdk.authenticator;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The JWS an enrolled device sends as {@code Authorization: Device <JWS>} (protocol §2): bound
 * to one method and URL, short-lived, and single-use through its {@code jti}.
 */
public final class DeviceAssertion {

    public static final JOSEObjectType TYPE = new JOSEObjectType("vigil-device+jwt");
    public static final String SCHEME = "Device";
    /** The protocol allows up to 120 s; half leaves room for a slow request, not for reuse. */
    public static final Duration LIFETIME = Duration.ofSeconds(60);

    private DeviceAssertion() {
    }

    /**
     * @param issuer the server's base URL without a trailing slash
     * @param method the HTTP method of the request this assertion is for
     * @param path   the request's path from the issuer on, starting with a slash; a query is
     *               not part of {@code htu} and is dropped
     */
    public static String sign(DeviceKey key, String authenticatorId, String issuer, String method, String path,
                              Instant now) {
        int query = path.indexOf('?');
        String htu = issuer + (query < 0 ? path : path.substring(0, query));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(TYPE)
                .keyID(authenticatorId)
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience(issuer)
                .claim("htm", method)
                .claim("htu", htu)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(JwtIds.next())
                .build();
        return key.sign(header, claims);
    }
}
