package org.vigil.api.care;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Silence the alert until then, for a stated reason (at most 4 h ahead). */
public record SnoozeBody(@NotNull Instant until, @NotBlank @Size(max = 400) String reason) {
}
