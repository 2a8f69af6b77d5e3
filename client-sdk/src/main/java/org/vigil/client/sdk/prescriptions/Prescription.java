package org.vigil.client.sdk.prescriptions;

import java.time.Instant;
import java.util.List;

/**
 * A prescription as the server shows it: where it stands ({@code draft}, {@code signing},
 * {@code signed}, {@code received}, {@code verified}, {@code in-preparation}, {@code ready},
 * {@code picked-up}, {@code delivered}, or {@code returned}, {@code rejected}, {@code cancelled}
 * with {@code statusReason}), its items, every step, and the signature check on arrival.
 */
public record Prescription(String id, String number, String status, String statusReason, String patientId, String patientName,
        String prescriberId, String pharmacyId, String pharmacyName, Instant validFrom, Instant validUntil, Instant createdAt,
        Instant updatedAt, String signedSha256, String courierId, List<PrescriptionItem> items, Validation validation,
        List<Step> history) {

    public record Step(String status, String actor, Instant at, String reason, boolean deviceSigned) {
    }

    /** ETSI EN 319 102-1 result of the check on arrival, by EU DSS. */
    public record Validation(String indication, String subIndication, String signedBy, String signatureFormat, Instant validatedAt) {
    }
}
