package org.vigil.admin.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the console's audit trail, from either store: the actions ({@code actions}) or the
 * reads of patient data ({@code patient-reads}, where {@code actor} is the reader's subject).
 */
public record AuditRow(UUID id, Instant at, Source source, String actor, String action, String target, String outcome,
                       String clientAddress, String details) {

    /** Which record a row comes from; the FHIR export maps each its own way. */
    public enum Source { ACTIONS, PATIENT_READS }
}
