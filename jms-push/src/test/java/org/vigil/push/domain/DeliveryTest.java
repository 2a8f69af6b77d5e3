package org.vigil.push.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void backoffDoublesFromTwoSecondsUpToFiveMinutes() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.after(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(Backoff.after(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void failuresAreRetriedUntilTheLastAttemptThenTheDeliveryIsDead() {
        Delivery delivery = new Delivery("m1", "web-push", "e1", NOW);
        for (int i = 1; i < Delivery.MAX_ATTEMPTS; i++) {
            delivery.failed("503", NOW);
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        }
        delivery.failed("503", NOW);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(delivery.isOpen()).isFalse();
        delivery.rearm(NOW);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
    }

    @Test
    void aSentMessageWaitsForItsAcknowledgementAndOnlyDeadOnesAreRearmed() {
        Delivery delivery = new Delivery("m1", "websocket", "device", NOW);
        delivery.sent(NOW, Duration.ofSeconds(30));
        assertThat(delivery.isOpen()).isTrue();

        delivery.acknowledged(NOW.plusSeconds(1));
        delivery.rearm(NOW.plusSeconds(2));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.ACKNOWLEDGED);
        assertThat(delivery.acknowledgedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(delivery.sentAt()).isEqualTo(NOW);
    }
}
