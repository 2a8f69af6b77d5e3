package org.vigil.client.sdk.authenticator;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The JWS that enrolls a device key (protocol §1): it carries the public key in its header and
 * proves possession of the private key for one enrollment code.
 */
public final class EnrollmentProof {

    public static final JOSEObjectType TYPE = new JOSEObjectType("vigil-enrollment+jwt");
    public static final String PATH = "/api/v1/authenticators";

    private EnrollmentProof() {
    }

    /**
     * @param issuer the server's base URL without a trailing slash
     * @param code   the enrollment code exactly as the request body sends it
     */
    public static String sign(DeviceKey key, String issuer, String code, Instant now) {
        return sign(key, issuer, PATH, code, now);
    }

    /** The same proof for another enrollment endpoint ({@code /api/v1/devices} for device clients). */
    public static String sign(DeviceKey key, String issuer, String path, String code, Instant now) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(TYPE)
                .jwk(key.publicJwk())
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience(issuer + path)
                .claim("code", code)
                .issueTime(Date.from(now))
                .jwtID(JwtIds.next())
                .build();
        return key.sign(header, claims);
    }
}
