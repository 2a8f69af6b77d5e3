package org.vigil.push.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vigil.platform.push.PushNotification;

class NotificationCheckTest {

    private static final String SUBJECT = UUID.randomUUID().toString();
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void aWellFormedNotificationPasses() throws Exception {
        PushNotification n = PushNotification.of(SUBJECT, "approval-request", "{\"id\":\"x\"}", LATER);

        assertThat(NotificationCheck.check(n)).isEqualTo(n);
    }

    @Test
    void whatCouldNeverBeDeliveredIsPoison() {
        assertPoison(PushNotification.of("not-a-subject", "approval-request", "{}", LATER), "recipient");
        assertPoison(PushNotification.of(SUBJECT, "Approval Request", "{}", LATER), "kind");
        assertPoison(PushNotification.of(SUBJECT, "approval-request", "[1]", LATER), "JSON object");
        assertPoison(PushNotification.of(SUBJECT, "approval-request", "{", LATER), "JSON object");
        assertPoison(PushNotification.of(SUBJECT, "approval-request", "{\"a\":\"" + "x".repeat(3000) + "\"}", LATER), "longer");
        assertPoison(new PushNotification("id with spaces", SUBJECT, "k", "{}", LATER), "messageId");
    }

    private static void assertPoison(PushNotification n, String reason) {
        assertThatThrownBy(() -> NotificationCheck.check(n)).isInstanceOf(PoisonMessageException.class).hasMessageContaining(reason);
    }
}
