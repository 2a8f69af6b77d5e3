package org.vigil.api.admin;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A doctor or nurse (their Vigil account) joining a patient's care team. */
public record CareTeamBody(@NotNull UUID accountId, @NotBlank @Pattern(regexp = "doctor|nurse") String role) {
}
