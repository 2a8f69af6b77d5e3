package org.vigil.it.support;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** A device client (gateway, station) with its own key, registered by an admin; gets tokens with private_key_jwt. */
public record DeviceClient(String clientId, ECKey key) {

    public static DeviceClient register(Oidc oidc, String role) {
        try {
            DeviceClient device = new DeviceClient(role + "-" + UUID.randomUUID(), new ECKeyGenerator(Curve.P_256).keyID("k1").generate());
            oidc.register(Map.of("clientId", device.clientId, "name", role, "tokenEndpointAuthMethod", "private_key_jwt",
                    "jwks", new JWKSet(device.key.toPublicJWK()).toString(), "grantTypes", List.of("client_credentials"),
                    "roles", List.of(role)));
            return device;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(Oidc oidc) {
        try {
            Date now = new Date();
            SignedJWT assertion = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1").build(),
                    new JWTClaimsSet.Builder().issuer(clientId).subject(clientId).audience(oidc.issuer() + "/oidc/token")
                            .issueTime(now).expirationTime(new Date(now.getTime() + 60_000)).jwtID(UUID.randomUUID().toString()).build());
            assertion.sign(new ECDSASigner(key));
            HttpResponse<String> issued = oidc.tokenRequest(Map.of("grant_type", "client_credentials",
                    "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                    "client_assertion", assertion.serialize()), null);
            if (issued.statusCode() != 200) {
                throw new AssertionError("no device token: " + issued.body());
            }
            return Json.parse(issued.body()).get("access_token").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
