package org.vigil.identity.application;

import java.time.Instant;
import java.util.UUID;

/** An approval request as the person's device shows it. */
public record PendingApproval(UUID id, String kind, String bindingMessage, String requester, String nonce,
                              Instant createdAt, Instant expiresAt) {
}
