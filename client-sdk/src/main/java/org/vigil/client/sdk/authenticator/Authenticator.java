package org.vigil.client.sdk.authenticator;

import java.time.Instant;

/** One of the person's enrolled authenticators; {@code current} marks the one asking. */
public record Authenticator(String authenticatorId, String name, Instant createdAt, Instant lastUsedAt,
                            boolean current) {
}
