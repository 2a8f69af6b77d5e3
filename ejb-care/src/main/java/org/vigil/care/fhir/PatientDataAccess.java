package org.vigil.care.fhir;

import java.time.Instant;
import java.util.UUID;

/**
 * One read of patient data as the audit trail records it: who (an account or client id, and
 * their display name), from where, which patient, what (a resource reference, or the query of a
 * search), when, and whether it was allowed.
 */
public record PatientDataAccess(UUID id, Instant at, String actorId, String actorName, String clientId, String clientAddress,
        UUID patientId, String what, boolean search, boolean succeeded) {
}
