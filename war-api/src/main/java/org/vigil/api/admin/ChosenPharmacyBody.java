package org.vigil.api.admin;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The patient's preferred pharmacy. */
public record ChosenPharmacyBody(@NotNull UUID pharmacyId) {
}
