package org.vigil.care.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patient as the admin console lists them; {@code monitored} until discharged. */
public record PatientSummary(UUID patientId, UUID accountId, String familyName, String givenName, LocalDate birthDate, String sex,
                             Instant admittedAt, boolean monitored) {
}
