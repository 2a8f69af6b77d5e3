package org.vigil.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A one-time code typed back for one channel. */
public record ConfirmationBody(
        @NotBlank @Pattern(regexp = "email|phone", message = "must be email or phone") String channel,
        @NotBlank @Size(max = 16) String code) {
}
