package org.vigil.identity.passkey;

import java.util.Set;
import java.util.UUID;

/** A passkey the registration ceremony proved: what the server keeps to check its later assertions. */
public record RegisteredPasskey(byte[] credentialId, byte[] coseKey, long signCount, UUID aaguid, Set<String> transports) {
}
