package org.vigil.care.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TurnCredentialMakerTest {

    private static final String SECRET = "north-ward-turn-secret";
    private static final UUID CALL = UUID.fromString("6f1c2a9e-0000-4000-8000-000000000017");
    private static final List<String> URLS = List.of("turn:turn.example.org:443?transport=tcp");

    @Test
    void theUsernameIsTheExpiryAndTheCallAndThePasswordMatchesAVectorComputedByOpenssl() {
        // printf '%s' '1767225600:6f1c2a9e-0000-4000-8000-000000000017' | openssl dgst -sha1 -hmac 'north-ward-turn-secret' -binary | base64
        TurnCredentialMaker maker = new TurnCredentialMaker(SECRET, Duration.ofMinutes(10), URLS);
        TurnCredentials issued = maker.issue(CALL, Instant.parse("2026-01-01T00:00:00Z").minus(Duration.ofMinutes(10)).plusMillis(400));
        assertThat(issued.username()).isEqualTo("1767225600:" + CALL);
        assertThat(issued.credential()).isEqualTo("zMkOPhrXXm+m1EzGkAnFA5RKgow=");
        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(issued.urls()).isEqualTo(URLS);
    }

    @Test
    void theSameAsOpensslComputesForAFreshUsername() throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        // `./vigil test` installs openssl: a machine without it fails here rather than skipping the cross-check
        assertThat(Files.isExecutable(openssl)).as("openssl is installed").isTrue();
        TurnCredentials issued = new TurnCredentialMaker("s3cr\u00e9t with spaces", Duration.ofMinutes(5), URLS).issue(UUID.randomUUID(), Instant.now());
        Process dgst = new ProcessBuilder(openssl.toString(), "dgst", "-sha1", "-hmac", "s3cr\u00e9t with spaces", "-binary").start();
        dgst.getOutputStream().write(issued.username().getBytes(StandardCharsets.UTF_8));
        dgst.getOutputStream().close();
        byte[] mac = dgst.getInputStream().readAllBytes();
        assertThat(dgst.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(issued.credential()).isEqualTo(java.util.Base64.getEncoder().encodeToString(mac));
    }

    @Test
    void credentialsLiveAtMostTenMinutes() {
        assertThatThrownBy(() -> new TurnCredentialMaker(SECRET, Duration.ofMinutes(10).plusSeconds(1), URLS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TurnCredentialMaker(SECRET, Duration.ZERO, URLS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TurnCredentialMaker("", Duration.ofMinutes(1), URLS)).isInstanceOf(IllegalArgumentException.class);
        Instant now = Instant.parse("2026-03-01T10:00:00.900Z");
        TurnCredentials issued = new TurnCredentialMaker(SECRET, Duration.ofSeconds(90), URLS).issue(CALL, now);
        assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-03-01T10:01:30Z"));
        assertThat(issued.username()).startsWith(issued.expiresAt().getEpochSecond() + ":");
    }

    @Test
    void anotherSecretOrAnotherCallGivesAnotherPassword() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        TurnCredentials one = new TurnCredentialMaker(SECRET, Duration.ofMinutes(10), URLS).issue(CALL, now);
        assertThat(new TurnCredentialMaker(SECRET + "x", Duration.ofMinutes(10), URLS).issue(CALL, now).credential()).isNotEqualTo(one.credential());
        assertThat(new TurnCredentialMaker(SECRET, Duration.ofMinutes(10), URLS).issue(UUID.randomUUID(), now).credential())
                .isNotEqualTo(one.credential());
    }
}
