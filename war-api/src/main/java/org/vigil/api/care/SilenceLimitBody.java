package org.vigil.api.care;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The longest silence, in seconds, before a stale-data alarm (at most a week). */
public record SilenceLimitBody(@NotNull @Min(1) @Max(604_800) Long maxSilenceSeconds) {
}
