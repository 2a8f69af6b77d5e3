package org.vigil.api.care;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move the assignment's patient to this station. */
public record ReassignmentBody(@NotNull UUID stationId, @Size(max = 500) String reason) {
}
