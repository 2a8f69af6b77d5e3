package org.vigil.identity.application;

import jakarta.ejb.Local;

import org.vigil.identity.domain.AuditEvent;

/**
 * The append-only audit trail. {@link #record} joins the caller's transaction, so an action and
 * its record commit together; {@link #recordRefusal} commits on its own, so a refused attempt is
 * on record even though the refusal undoes everything else.
 */
@Local
public interface AuditTrail {

    void record(String actor, String action, String target, AuditEvent.Outcome outcome, String clientAddress, String details);

    void recordRefusal(String actor, String action, String target, String clientAddress, String reason);
}
