package org.vigil.identity.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Where an approval request stands, for whoever asked for it (a login page, a CIBA request).
 *
 * @param status PENDING, APPROVED, DENIED or EXPIRED
 */
public record ApprovalOutcome(UUID requestId, UUID accountId, String status, Instant decidedAt, UUID authenticatorId) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    public boolean pending() {
        return "PENDING".equals(status);
    }
}
