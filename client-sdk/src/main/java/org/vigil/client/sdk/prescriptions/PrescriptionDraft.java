package org.vigil.client.sdk.prescriptions;

import java.time.Instant;
import java.util.List;

/**
 * A prescription as a doctor drafts it: the patient, the dispensing pharmacy (null: the
 * patient's preferred one), the validity (null: from now for 28 days) and the items.
 */
public record PrescriptionDraft(String patientId, String pharmacyId, Instant validFrom, Instant validUntil,
        List<PrescriptionItem> items) {
}
