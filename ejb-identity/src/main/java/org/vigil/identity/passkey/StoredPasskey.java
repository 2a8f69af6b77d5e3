package org.vigil.identity.passkey;

import java.util.UUID;

/** A passkey as stored: enough for webauthn4j to check an assertion and the sign counter. */
public record StoredPasskey(byte[] credentialId, byte[] coseKey, long signCount, UUID aaguid) {
}
