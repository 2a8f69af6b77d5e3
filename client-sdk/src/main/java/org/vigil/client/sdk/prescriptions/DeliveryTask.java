package org.vigil.client.sdk.prescriptions;

import java.util.List;

/**
 * What a nurse has to fetch ({@code status} {@code ready}) or bring ({@code picked-up}): the
 * prescription, the patient, the pharmacy, the items, and the SHA-256 of the signed PDF her
 * confirmation names.
 */
public record DeliveryTask(String prescriptionId, String number, String status, String signedSha256, String patientId,
        String patientName, String pharmacyName, String pharmacyAddress, List<String> items) {
}
