package org.vigil.identity.application;

import java.time.Instant;
import java.util.UUID;

/**
 * An authenticator as its owner sees it.
 *
 * @param current whether this is the device making the call
 */
public record AuthenticatorView(UUID authenticatorId, UUID accountId, String name, Instant createdAt, Instant lastUsedAt,
                                boolean current) {
}
