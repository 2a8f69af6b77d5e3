package org.vigil.api.info;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A client program asking whether this server still speaks to its version.
 *
 * @param component one of {@link ClientCompatibility#components()}
 * @param version   the client's semantic version, e.g. {@code 0.1.0} or {@code 1.2.3-SNAPSHOT}
 */
public record CompatibilityRequest(
        @NotBlank String component,
        @NotBlank @Pattern(regexp = SemanticVersion.PATTERN, message = "must be a semantic version such as 1.2.3")
        String version) {
}
