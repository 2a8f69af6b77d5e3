package org.vigil.identity.application.internal;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.AuditEventRepository;

@Stateless
public class DefaultAuditTrail implements AuditTrail {

    @Inject
    AuditEventRepository events;

    @Override
    public void record(String actor, String action, String target, AuditEvent.Outcome outcome, String clientAddress, String details) {
        events.store(new AuditEvent(Instant.now(), actor, action, target, outcome, clientAddress, details));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String target, String clientAddress, String reason) {
        events.store(new AuditEvent(Instant.now(), actor, action, target, AuditEvent.Outcome.DENIED, clientAddress, reason));
    }
}
