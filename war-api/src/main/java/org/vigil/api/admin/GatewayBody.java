package org.vigil.api.admin;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A registered device client ({@code private_key_jwt}, role gateway) placed in a patient's home. */
public record GatewayBody(@NotBlank String clientId, @NotNull UUID patientId) {
}
