package org.vigil.identity.application.internal;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;

@Stateless
public class DefaultAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public void record(String actor, String action, String target, AuditEvent.Outcome outcome, String clientAddress, String details) {
        em.persist(new AuditEvent(Instant.now(), actor, action, target, outcome, clientAddress, details));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String target, String clientAddress, String reason) {
        em.persist(new AuditEvent(Instant.now(), actor, action, target, AuditEvent.Outcome.DENIED, clientAddress, reason));
    }
}
