package org.vigil.api.prescriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A pharmacist's step: the status the prescription reaches, and a reason (required for {@code rejected}). */
public record PharmacyStepBody(@NotBlank @Pattern(regexp = "verified|in-preparation|ready|rejected") String status,
        @Size(max = 2000) String reason) {
}
