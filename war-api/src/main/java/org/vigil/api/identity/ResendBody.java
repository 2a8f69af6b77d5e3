package org.vigil.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Which channel should receive a new code. */
public record ResendBody(@NotBlank @Pattern(regexp = "email|phone", message = "must be email or phone") String channel) {
}
