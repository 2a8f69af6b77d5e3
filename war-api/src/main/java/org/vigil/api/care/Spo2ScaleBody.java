package org.vigil.api.care;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The NEWS2 SpO2 scale a doctor chooses: 1, or 2 for hypercapnic respiratory failure (target 88-92 %). */
public record Spo2ScaleBody(@NotNull @Min(1) @Max(2) Integer scale) {
}
