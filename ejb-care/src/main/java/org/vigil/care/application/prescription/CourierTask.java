package org.vigil.care.application.prescription;

import java.util.List;
import java.util.UUID;

/**
 * What the patient's nurse has to fetch or bring: a prescription ready at its pharmacy, or one she
 * picked up and has yet to deliver; with what her confirmation must name.
 *
 * @param status {@code ready} (to pick up) or {@code picked-up} (to deliver)
 * @param signedSha256 the SHA-256 of the signed PDF, which her signed confirmation names
 */
public record CourierTask(UUID prescriptionId, String number, String status, String signedSha256, UUID patientId, String patientName,
        String pharmacyName, String pharmacyAddress, List<String> items) {
}
