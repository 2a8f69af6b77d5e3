package org.vigil.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person's answer to an approval request, signed by their device. */
public record DecisionBody(
        @NotBlank @Pattern(regexp = "approve|deny", message = "must be approve or deny") String decision,
        @NotBlank @Size(max = 4096) String signature) {
}
