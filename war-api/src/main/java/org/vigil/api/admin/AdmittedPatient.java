package org.vigil.api.admin;

import java.util.UUID;

/** The answer to an admission. */
public record AdmittedPatient(UUID patientId) {
}
