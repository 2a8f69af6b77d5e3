package org.vigil.api.admin;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The account of a person who works as a pharmacist of the pharmacy. */
public record PharmacistBody(@NotNull UUID accountId) {
}
