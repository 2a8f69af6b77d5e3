package org.vigil.api.prescriptions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.vigil.care.application.prescription.DraftRequest;

/** A prescription as a doctor drafts it; pharmacy and validity are optional (the patient's pharmacy, 28 days from now). */
public record DraftBody(UUID patientId, UUID pharmacyId, Instant validFrom, Instant validUntil,
        @NotNull @Size(min = 1, max = 10) List<ItemBody> items) {

    DraftRequest request() {
        return new DraftRequest(patientId, pharmacyId, validFrom, validUntil,
                items.stream().map(i -> i == null ? null : i.input()).toList());
    }
}
