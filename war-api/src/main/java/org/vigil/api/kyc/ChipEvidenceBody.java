package org.vigil.api.kyc;

import java.util.UUID;

/**
 * What a KYC terminal read from a document's chip: the files as the chip holds them, base64 (DG14 and DG15 only where
 * the chip has them), the MRZ it opened the chip with (typed or scanned; lines with or without line breaks), and the
 * account of the person at the terminal. Nothing here is trusted: the server checks it all.
 */
public record ChipEvidenceBody(UUID accountId, String mrz, String dg1, String dg2, String sod, String dg14, String dg15) {
}
