package org.vigil.care.application.prescription;

import java.time.Instant;

/**
 * What anyone holding a prescription's QR code learns: that Vigil issued it, who signed it, when, until
 * when it is valid, where it stands (dispensed or not), and the signature check. No patient data
 * and no medication: the URL may be read by anyone who sees the paper.
 */
public record VerificationView(String number, String status, String signedBy, Instant issuedAt, Instant validFrom,
        Instant validUntil, String pharmacyName, String signedSha256, String signatureIndication, boolean dispensed) {
}
