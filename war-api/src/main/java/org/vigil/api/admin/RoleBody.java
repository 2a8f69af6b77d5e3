package org.vigil.api.admin;

import jakarta.validation.constraints.NotBlank;

/** A role to give a person, by its token name: {@code doctor}, {@code nurse}... */
public record RoleBody(@NotBlank String role) {
}
