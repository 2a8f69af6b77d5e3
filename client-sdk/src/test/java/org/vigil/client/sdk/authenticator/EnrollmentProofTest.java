package org.vigil.client.sdk.authenticator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;

import org.junit.jupiter.api.Test;

class EnrollmentProofTest {

    private static final String ISSUER = "http://localhost:8080";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.750Z");

    private final DeviceKey key = TestKeys.inMemory();

    @Test
    void carriesExactlyTheDocumentedHeaderWithThePublicJwk() throws Exception {
        Jws proof = Jws.verified(EnrollmentProof.sign(key, ISSUER, "K7QX-M2PA-9ZTR", NOW), key.publicJwk());

        assertThat(proof.header()).containsOnlyKeys("alg", "typ", "jwk")
                .containsEntry("alg", "ES256")
                .containsEntry("typ", "vigil-enrollment+jwt");
        @SuppressWarnings("unchecked")
        Map<String, Object> jwk = (Map<String, Object>) proof.header().get("jwk");
        assertThat(jwk).containsOnlyKeys("kty", "crv", "x", "y").containsEntry("kty", "EC").containsEntry("crv", "P-256");
        assertThat(JWK.parse(jwk)).isEqualTo(key.publicJwk());
    }

    @Test
    void verifiesWithTheKeyInItsOwnHeader() throws Exception {
        String compact = EnrollmentProof.sign(key, ISSUER, "K7QX-M2PA-9ZTR", NOW);
        ECKey headerKey = com.nimbusds.jwt.SignedJWT.parse(compact).getHeader().getJWK().toECKey();

        assertThat(Jws.verified(compact, headerKey).claims()).containsKey("code");
    }

    @Test
    void carriesExactlyTheDocumentedClaims() {
        Jws proof = Jws.verified(EnrollmentProof.sign(key, ISSUER, "K7QX-M2PA-9ZTR", NOW), key.publicJwk());

        assertThat(proof.claims()).containsOnlyKeys("aud", "code", "iat", "jti")
                .containsEntry("aud", ISSUER + "/api/v1/authenticators")
                .containsEntry("code", "K7QX-M2PA-9ZTR");
        assertThat(proof.seconds("iat")).isEqualTo(NOW.getEpochSecond());
        assertThat((String) proof.claims().get("jti")).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void neverRepeatsAJti() {
        Object first = Jws.verified(EnrollmentProof.sign(key, ISSUER, "CODE", NOW), key.publicJwk()).claims().get("jti");
        Object second = Jws.verified(EnrollmentProof.sign(key, ISSUER, "CODE", NOW), key.publicJwk()).claims().get("jti");

        assertThat(first).isNotEqualTo(second);
    }
}
