package org.vigil.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new authenticator: the code from the person, a name, and the device's signed proof. */
public record EnrollmentBody(
        @NotBlank @Size(max = 32) String enrollmentCode,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 4096) String proof) {
}
