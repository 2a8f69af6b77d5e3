package org.vigil.api.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A pharmacy an admin registers. */
public record PharmacyBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 400) String address,
        @Size(max = 40) String phone) {
}
