package org.vigil.platform.push;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a sender (identity, documents, care, an external application) asks the push server to carry
 * to every registered endpoint of one person. This record and {@link PushQueue} are the whole
 * contract between the senders and {@code jms-push}: senders never call the push module directly.
 *
 * @param messageId  unique id; devices deduplicate on it (delivery is at least once)
 * @param recipient  the person's account subject
 * @param kind       what the device should do with it, e.g. {@code approval-request}, {@code signing-request}
 * @param payload    JSON object text the device interprets according to {@code kind}
 * @param expiresAt  after this instant the message is dropped instead of delivered
 */
public record PushNotification(String messageId, String recipient, String kind, String payload, Instant expiresAt) {

    public PushNotification {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static PushNotification of(String recipient, String kind, String payload, Instant expiresAt) {
        return new PushNotification(UUID.randomUUID().toString(), recipient, kind, payload, expiresAt);
    }
}
