package org.vigil.api.admin;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A doctor or nurse joining a patient's care team. */
public record CareTeamBody(@NotNull UUID accountId, @NotNull @Pattern(regexp = "doctor|nurse") String role) {
}
