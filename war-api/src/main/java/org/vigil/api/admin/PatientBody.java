package org.vigil.api.admin;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;

/** A person admitted to remote monitoring; {@code accountId} is their Vigil account (the OIDC subject). */
public record PatientBody(
        @NotNull UUID accountId,
        @NotBlank String familyName,
        @NotBlank String givenName,
        @NotNull @Past LocalDate birthDate,
        @NotBlank @Pattern(regexp = "male|female|other|unknown") String sex) {
}
