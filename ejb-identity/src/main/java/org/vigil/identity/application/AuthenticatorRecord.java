package org.vigil.identity.application;

import java.time.Instant;
import java.util.UUID;

/** One of a person's authenticators as an admin sees it; {@code revokedAt} null while it can sign. */
public record AuthenticatorRecord(UUID authenticatorId, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
