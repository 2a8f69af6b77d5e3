package org.vigil.admin.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.vigil.identity.oidc.InitialAccessTokenDetails;

class RegistrationTokenStateTest {

    private static final Instant NOW = Instant.parse("2026-12-07T11:00:00Z");

    @Test
    void aTokenWithUsesLeftBeforeItsEndIsActive() {
        assertThat(RegistrationTokenState.of(token(NOW.plusSeconds(60), 1, null), NOW)).isEqualTo("active");
    }

    @Test
    void aRevokedTokenSaysSoEvenWithUsesAndTimeLeft() {
        assertThat(RegistrationTokenState.of(token(NOW.plusSeconds(60), 3, NOW.minusSeconds(1)), NOW)).isEqualTo("revoked");
    }

    @Test
    void aTokenAtItsEndHasExpired() {
        assertThat(RegistrationTokenState.of(token(NOW, 1, null), NOW)).isEqualTo("expired");
    }

    @Test
    void aTokenWithNoUseLeftIsUsedUp() {
        assertThat(RegistrationTokenState.of(token(NOW.plusSeconds(60), 0, null), NOW)).isEqualTo("used up");
    }

    private static InitialAccessTokenDetails token(Instant expiresAt, int usesLeft, Instant revokedAt) {
        return new InitialAccessTokenDetails("t", "the lab's app", "admin@example.org", NOW.minusSeconds(3600), expiresAt, usesLeft, revokedAt);
    }
}
