package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.UUID;

/** A ping or push request was made: its client is owed a notification by {@code expiresAt} at the latest. */
public record CibaRequestStarted(UUID approvalId, Instant expiresAt) {
}
