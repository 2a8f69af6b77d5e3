package org.vigil.identity.application;

import java.time.LocalDate;
import java.util.UUID;

/** An accepted chip read: the account's level now, the evidence recorded, the document it came from. */
public record ChipEvidenceOutcome(UUID accountId, int kycLevel, UUID evidenceId, String documentCode, String issuingState,
        LocalDate expiryDate, boolean faceKept) {
}
