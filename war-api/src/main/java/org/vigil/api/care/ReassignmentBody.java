package org.vigil.api.care;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Move the assignment's patient to this station. */
public record ReassignmentBody(@NotNull UUID stationId) {
}
