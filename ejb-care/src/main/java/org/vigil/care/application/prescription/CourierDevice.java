package org.vigil.care.application.prescription;

import java.security.PublicKey;
import java.util.UUID;

/** The nurse's authenticator that proved itself on the request, with the key her confirmation must verify with. */
public record CourierDevice(UUID accountId, UUID authenticatorId, PublicKey publicKey) {
}
