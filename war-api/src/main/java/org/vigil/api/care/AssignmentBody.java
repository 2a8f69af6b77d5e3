package org.vigil.api.care;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Put this patient on this station's watch. */
public record AssignmentBody(@NotNull UUID patientId, @NotNull UUID stationId, @Size(max = 500) String reason) {
}
