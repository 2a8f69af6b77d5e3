package org.vigil.identity.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.platform.audit.AuditRecorder;

/**
 * The platform's audit port over identity's trail, for the modules that may not know identity (care): each record is a
 * success, written in the caller's transaction, which it demands.
 */
@Stateless
public class DefaultAuditRecorder implements AuditRecorder {

    @EJB
    AuditTrail trail;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String target, String address, String details) {
        trail.record(actor, action, target, AuditEvent.Outcome.SUCCESS, address, details);
    }
}
