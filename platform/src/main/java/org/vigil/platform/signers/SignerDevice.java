package org.vigil.platform.signers;

import java.util.UUID;

/** The authenticator that proved itself on the request carrying an approval (its device assertion), and its person. */
public record SignerDevice(UUID authenticatorId, UUID accountId) {
}
