package org.vigil.api.admin;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

/**
 * What a device may become: {@code gateway} (then {@code patientId} says whose home), {@code station}
 * (then {@code stationName} names it on the board and {@code stationMode} is {@code monitoring}, the
 * default, or {@code supervisor}), {@code kyc-terminal}.
 */
public record DeviceEnrollmentCodeBody(@NotBlank String role, UUID patientId, String stationName, String stationMode) {
}
