package org.vigil.documents.application.internal;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.documents.domain.DocumentAuditEvent;

/**
 * Writes the document server's audit trail: in the action's transaction, so an audited action
 * and its record commit together; refusals in their own, so they stay although the refusal
 * undoes everything else.
 */
@Stateless
public class DocumentAuditTrail {

    @PersistenceContext(unitName = "documents")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, String action, String target, String clientAddress, String detail) {
        em.persist(new DocumentAuditEvent(actor, action, target, "SUCCESS", clientAddress, detail, Instant.now()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String target, String clientAddress, String reason) {
        em.persist(new DocumentAuditEvent(actor, action, target, "REFUSED", clientAddress, reason, Instant.now()));
    }
}
