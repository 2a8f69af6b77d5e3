package org.vigil.api.care;

import java.util.UUID;

/** {@code status} is stored, duplicate or rejected; {@code reason} only for rejected. */
public record ObservationResultView(UUID measurementId, String status, String reason) {
}
