package org.vigil.api.care;

import jakarta.validation.constraints.Size;

/** Why the supervisor ends an assignment (optional; kept in the audit trail). */
public record ReleaseBody(@Size(max = 500) String reason) {
}
