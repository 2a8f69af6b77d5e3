package org.vigil.api.admin;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

/** What a device may become: {@code gateway} (then {@code patientId} says whose home), {@code station}, {@code kyc-terminal}. */
public record DeviceEnrollmentCodeBody(@NotBlank String role, UUID patientId) {
}
