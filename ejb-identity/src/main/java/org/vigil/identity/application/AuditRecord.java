package org.vigil.identity.application;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail as a search returns it. */
public record AuditRecord(UUID id, Instant occurredAt, String actor, String action, String target, String outcome,
                          String clientAddress, String details) {
}
