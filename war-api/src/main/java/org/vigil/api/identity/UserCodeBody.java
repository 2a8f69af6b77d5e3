package org.vigil.api.identity;

import jakarta.validation.constraints.NotNull;

/** The CIBA user_code a person chooses on their authenticator. */
public record UserCodeBody(@NotNull String userCode) {
}
