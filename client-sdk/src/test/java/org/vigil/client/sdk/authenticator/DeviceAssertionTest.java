package org.vigil.client.sdk.authenticator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeviceAssertionTest {

    private static final String ISSUER = "http://localhost:8080";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.400Z");

    private final DeviceKey key = TestKeys.inMemory();

    @Test
    void carriesExactlyTheDocumentedHeader() {
        Jws assertion = Jws.verified(DeviceAssertion.sign(key, "6f1c-auth", ISSUER, "GET",
                "/api/v1/authenticators/requests", NOW), key.publicJwk());

        assertThat(assertion.header()).containsOnlyKeys("alg", "typ", "kid")
                .containsEntry("alg", "ES256")
                .containsEntry("typ", "vigil-device+jwt")
                .containsEntry("kid", "6f1c-auth");
    }

    @Test
    void carriesExactlyTheDocumentedClaims() {
        Jws assertion = Jws.verified(DeviceAssertion.sign(key, "6f1c-auth", ISSUER, "DELETE",
                "/api/v1/authenticators/abc", NOW), key.publicJwk());

        assertThat(assertion.claims()).containsOnlyKeys("aud", "htm", "htu", "iat", "exp", "jti")
                .containsEntry("aud", ISSUER)
                .containsEntry("htm", "DELETE")
                .containsEntry("htu", ISSUER + "/api/v1/authenticators/abc");
        assertThat(assertion.seconds("iat")).isEqualTo(NOW.getEpochSecond());
        assertThat((String) assertion.claims().get("jti")).hasSizeGreaterThanOrEqualTo(16);
    }

    @Test
    void expiresAtMost120SecondsAfterItWasIssued() {
        Jws assertion = Jws.verified(DeviceAssertion.sign(key, "id", ISSUER, "GET", "/api/v1/authenticators", NOW),
                key.publicJwk());

        assertThat(assertion.seconds("exp") - assertion.seconds("iat")).isPositive().isLessThanOrEqualTo(120);
    }

    @Test
    void leavesTheQueryOutOfHtu() {
        Jws assertion = Jws.verified(DeviceAssertion.sign(key, "id", ISSUER, "GET",
                "/api/v1/authenticators/requests?after=1", NOW), key.publicJwk());

        assertThat(assertion.claims()).containsEntry("htu", ISSUER + "/api/v1/authenticators/requests");
    }
}
