package org.vigil.platform.signers;

import java.util.UUID;

/** A person as the identity system knows them: the name their KYC verified, and the level reached. */
public record SignerFacts(UUID accountId, String givenName, String surname, int kycLevel) {
}
