package org.vigil.care.application.prescription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A prescription as its readers see it (the doctor, the patient and their care team, a station
 * watching the patient, the pharmacy once it has it): its items, where it stands, every step
 * taken, and what the signature check on arrival said.
 *
 * @param status the wire name of its status ({@code received}, {@code in-preparation}...)
 * @param statusReason why it was returned, rejected or cancelled
 * @param signedSha256 the SHA-256 of the signed PDF, once signed
 */
public record PrescriptionView(UUID id, String number, String status, String statusReason, UUID patientId, String patientName,
        UUID prescriberId, UUID pharmacyId, String pharmacyName, Instant validFrom, Instant validUntil, Instant createdAt,
        Instant updatedAt, String signedSha256, UUID courierId, List<ItemInput> items, Validation validation, List<Step> history) {

    /** One step: the status reached, who took it, when, why; {@code deviceSigned} for the nurse's signed confirmations. */
    public record Step(String status, String actor, Instant at, String reason, boolean deviceSigned) {
    }

    /** The signature check on arrival (ETSI EN 319 102-1 by EU DSS). */
    public record Validation(String indication, String subIndication, String signedBy, String signatureFormat, Instant validatedAt) {
    }
}
