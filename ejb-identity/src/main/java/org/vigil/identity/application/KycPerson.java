package org.vigil.identity.application;

import java.util.UUID;

/** A person as a KYC officer finds them: enough to tell two people apart and see how far they are verified. */
public record KycPerson(UUID accountId, String firstName, String lastName, String email, int kycLevel) {
}
