package org.vigil.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A device's passkey as its owner sees it; {@code unlockedUntil} null or past: the device must unlock before approving. */
public record PasskeyView(String credentialId, UUID aaguid, List<String> transports, Instant createdAt, Instant unlockedUntil) {
}
