package org.vigil.care.application.prescription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A prescription as the doctor drafts it: for whom, which pharmacy dispenses it (the patient's
 * preferred one when null), from when until when it is valid (from now, for 28 days, when null),
 * and its items.
 */
public record DraftRequest(UUID patientId, UUID pharmacyId, Instant validFrom, Instant validUntil, List<ItemInput> items) {
}
