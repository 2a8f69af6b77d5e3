package org.vigil.api.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A bedside assessment completing NEWS2; respiratory rate and SpO2 are optional. */
public record AssessmentBody(@NotBlank String consciousness, @NotNull Boolean supplementalOxygen, Double respiratoryRate, Double spo2) {
}
