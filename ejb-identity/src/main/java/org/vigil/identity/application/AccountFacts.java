package org.vigil.identity.application;

import java.util.UUID;

/** A person's name as KYC established it, and the KYC level reached. */
public record AccountFacts(UUID accountId, String firstName, String lastName, int kycLevel, boolean active) {
}
