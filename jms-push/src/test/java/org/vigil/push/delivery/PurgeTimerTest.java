package org.vigil.push.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PurgeTimerTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void messagesAreKeptForTheRetentionAfterTheyExpire() {
        assertThat(PurgeTimer.cutoff(NOW, Duration.ofDays(7))).isEqualTo(NOW.minus(Duration.ofDays(7)));
    }

    @Test
    void aNegativeRetentionNeverPurgesWhatHasNotExpired() {
        assertThat(PurgeTimer.cutoff(NOW, Duration.ofSeconds(-60))).isEqualTo(NOW);
    }
}
