package org.vigil.api.care;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A batch; large enough for a day offline to drain quickly, small enough to answer at once. */
public record ObservationsBody(@NotNull @Size(min = 1, max = 2000) List<ObservationItem> observations) {
}
