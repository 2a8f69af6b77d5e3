package org.vigil.api.prescriptions;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The prescriptions to sign with one approval, and optionally which authenticator signs (default: the newest). */
public record SigningBody(@NotNull @Size(min = 1, max = 20) List<UUID> prescriptions, UUID authenticatorId) {
}
