package org.vigil.identity.application;

import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.UUID;

/** An authenticator's public key, whose account it belongs to, and whether it can still sign. */
public record AuthenticatorKey(UUID authenticatorId, UUID accountId, ECPublicKey publicKey, boolean active, Instant createdAt) {
}
