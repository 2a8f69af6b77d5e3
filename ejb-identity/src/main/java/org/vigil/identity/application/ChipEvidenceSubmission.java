package org.vigil.identity.application;

import java.util.UUID;

import org.vigil.identity.kyc.ChipRead;

/** A chip read as a KYC terminal submits it, for the account of the person at the terminal. */
public record ChipEvidenceSubmission(UUID accountId, ChipRead read) {
}
