package org.vigil.push.application;

import java.time.Instant;
import java.util.List;

/**
 * What the sender of an application message may know of it: when it went out, until when it is
 * delivered, and how far it got on each endpoint of the recipient. Never the payload, never
 * which device (the endpoints are numbered, not named).
 */
public record MessageReceipt(String messageId, String recipient, Instant sentAt, Instant expiresAt, List<Endpoint> endpoints) {

    /** One endpoint of the recipient: its channel, state ({@link org.vigil.push.domain.ReceiptState#word()}) and times. */
    public record Endpoint(String channel, String state, int attempts, Instant deliveredAt, Instant acknowledgedAt) {
    }
}
