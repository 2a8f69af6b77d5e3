package org.vigil.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A registered device client (role station) that becomes a monitoring station. */
public record StationBody(@NotBlank @Size(max = 100) String clientId, @NotBlank @Size(max = 100) String name) {
}
