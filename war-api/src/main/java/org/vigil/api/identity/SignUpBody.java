package org.vigil.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sign-up form. Email and phone formats are the identity module's to judge. */
public record SignUpBody(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 32) String phone) {
}
