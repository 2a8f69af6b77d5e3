package org.vigil.api.devices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code from the admin, and the device's proof that it holds the key it registers. */
public record DeviceEnrollmentBody(@NotBlank @Size(max = 32) String enrollmentCode, @NotBlank @Size(max = 4096) String proof) {
}
