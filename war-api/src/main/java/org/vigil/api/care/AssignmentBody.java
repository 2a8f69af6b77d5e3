package org.vigil.api.care;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Put this patient on this station's watch. */
public record AssignmentBody(@NotNull UUID patientId, @NotNull UUID stationId) {
}
