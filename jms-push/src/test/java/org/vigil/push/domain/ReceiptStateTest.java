package org.vigil.push.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReceiptStateTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void aDeliveryWalksThroughTheStatesTheSenderSees() {
        Delivery delivery = new Delivery("m1", "websocket", "a1", NOW);
        assertThat(state(delivery)).isEqualTo("pending");
        delivery.sent(NOW, Duration.ofSeconds(30));
        assertThat(state(delivery)).isEqualTo("delivered");
        delivery.acknowledged(NOW);
        assertThat(state(delivery)).isEqualTo("acknowledged");
    }

    @Test
    void aFailedAttemptIsFailedUntilTheLastThenDeadLettered() {
        Delivery delivery = new Delivery("m1", "web-push", "s1", NOW);
        delivery.failed("503", NOW);
        assertThat(state(delivery)).isEqualTo("failed");
        for (int i = 1; i < Delivery.MAX_ATTEMPTS; i++) {
            delivery.failed("503", NOW);
        }
        assertThat(state(delivery)).isEqualTo("dead-lettered");
    }

    @Test
    void anOfflineDeviceIsPendingAndWhatNobodyTookExpires() {
        Delivery delivery = new Delivery("m1", "websocket", "a1", NOW);
        delivery.waitForEndpoint(NOW.plusSeconds(60));
        assertThat(state(delivery)).isEqualTo("pending");
        delivery.expired();
        assertThat(state(delivery)).isEqualTo("expired");
    }

    private static String state(Delivery delivery) {
        return ReceiptState.of(delivery.status(), delivery.attempts()).word();
    }
}
