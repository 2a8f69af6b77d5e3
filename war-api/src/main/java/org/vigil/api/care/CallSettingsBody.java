package org.vigil.api.care;

import jakarta.validation.constraints.NotNull;

/** How the patient's gateway takes video calls: {@code autoAnswer} true answers them without a touch. */
public record CallSettingsBody(@NotNull Boolean autoAnswer) {
}
