package org.vigil.api.prescriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a prescription is cancelled. */
public record ReasonBody(@NotBlank @Size(max = 2000) String reason) {
}
