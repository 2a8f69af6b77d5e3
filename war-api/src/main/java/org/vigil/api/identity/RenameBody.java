package org.vigil.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RenameBody(@NotBlank @Size(max = 100) String name) {
}
