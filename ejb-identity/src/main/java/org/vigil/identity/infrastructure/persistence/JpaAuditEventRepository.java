package org.vigil.identity.infrastructure.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> newestFirst(String party, String action, Instant from, Instant to, int limit) {
        List<String> where = new ArrayList<>();
        if (party != null) {
            where.add("(e.actor = :party or e.target = :party)");
        }
        if (action != null) {
            where.add("(e.action = :action or e.action like :actionPrefix escape '\\')");
        }
        if (from != null) {
            where.add("e.occurredAt >= :from");
        }
        if (to != null) {
            where.add("e.occurredAt < :to");
        }
        TypedQuery<AuditEvent> q = em.createQuery("select e from AuditEvent e"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.occurredAt desc, e.id", AuditEvent.class);
        if (party != null) {
            q.setParameter("party", party);
        }
        if (action != null) {
            q.setParameter("action", action);
            q.setParameter("actionPrefix", LikePatterns.escape(action) + ".%");
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.setMaxResults(limit).getResultList();
    }
}
