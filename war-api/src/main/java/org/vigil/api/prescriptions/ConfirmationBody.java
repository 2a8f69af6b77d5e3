package org.vigil.api.prescriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The nurse's signed confirmation (a JWS of her authenticator) of a pickup or a delivery. */
public record ConfirmationBody(@NotBlank @Size(max = 4000) String confirmation) {
}
