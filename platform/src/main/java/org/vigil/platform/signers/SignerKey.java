package org.vigil.platform.signers;

import java.security.PublicKey;
import java.time.Instant;
import java.util.UUID;

/** One authenticator of a person: the EC P-256 key its signing certificate certifies. */
public record SignerKey(UUID authenticatorId, UUID accountId, PublicKey publicKey, boolean active, Instant createdAt) {
}
