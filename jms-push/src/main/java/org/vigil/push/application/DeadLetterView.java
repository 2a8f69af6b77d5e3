package org.vigil.push.application;

import java.time.Instant;

/**
 * A parked message as an admin sees it: which notification, for whom, why it was given up. The
 * payload is left out on purpose (it may carry what the person is asked to approve).
 *
 * @param id        the broker's message id, for retry and drop
 * @param reason    why the push server parked it, or "redelivery exhausted" for the broker's own
 */
public record DeadLetterView(String id, String messageId, String recipient, String kind, Instant expiresAt, String channel,
                             String endpoint, String reason, Instant parkedAt) {
}
