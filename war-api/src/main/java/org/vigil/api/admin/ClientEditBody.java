package org.vigil.api.admin;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;

/** What an admin changes of a registered client; {@code redirectUris} and {@code scopes} left out stay as they are. */
public record ClientEditBody(@NotBlank String name, Set<String> redirectUris, Set<String> scopes) {
}
