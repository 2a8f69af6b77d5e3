package org.vigil.client.sdk.authenticator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ApprovalSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:07Z");
    private static final ApprovalRequest REQUEST = new ApprovalRequest("req-1", "login",
            "Login to \"Demo\" app, code 4711 – Zürich", "Demo app", "n0nce-value",
            Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:05:00Z"));

    private final DeviceKey key = TestKeys.inMemory();

    @Test
    void carriesExactlyTheDocumentedHeader() {
        Jws signature = Jws.verified(ApprovalSignature.sign(key, "auth-7", REQUEST, Decision.APPROVE, NOW),
                key.publicJwk());

        assertThat(signature.header()).containsOnlyKeys("alg", "typ", "kid")
                .containsEntry("alg", "ES256")
                .containsEntry("typ", "vigil-approval+jwt")
                .containsEntry("kid", "auth-7");
    }

    @Test
    void signsTheRequestExactlyAsReceived() {
        Jws signature = Jws.verified(ApprovalSignature.sign(key, "auth-7", REQUEST, Decision.APPROVE, NOW),
                key.publicJwk());

        assertThat(signature.claims()).containsOnlyKeys("req", "bm", "nonce", "decision", "iat")
                .containsEntry("req", "req-1")
                .containsEntry("bm", "Login to \"Demo\" app, code 4711 – Zürich")
                .containsEntry("nonce", "n0nce-value")
                .containsEntry("decision", "approve");
        assertThat(signature.seconds("iat")).isEqualTo(NOW.getEpochSecond());
    }

    @Test
    void namesADenialDeny() {
        Jws signature = Jws.verified(ApprovalSignature.sign(key, "auth-7", REQUEST, Decision.DENY, NOW),
                key.publicJwk());

        assertThat(signature.claims()).containsEntry("decision", "deny");
    }
}
