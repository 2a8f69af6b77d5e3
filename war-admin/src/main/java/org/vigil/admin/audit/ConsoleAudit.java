package org.vigil.admin.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.admin.security.ConsoleUser;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;

/**
 * Every state change made in the console goes on the audit trail, in the change's own
 * transaction (the facades are {@code @Transactional}): who, from where, what, on what.
 */
@ApplicationScoped
public class ConsoleAudit {

    @EJB
    AuditTrail trail;

    @Inject
    ConsoleUser user;

    public void record(String action, String target, String details) {
        trail.record(user.getAuditName(), action, target, AuditEvent.Outcome.SUCCESS, user.getClientAddress(), details);
    }
}
