package org.vigil.identity.application.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.vigil.identity.application.AuditQuery;
import org.vigil.identity.application.AuditRecord;
import org.vigil.identity.application.AuditSearch;

@Stateless
public class DefaultAuditSearch implements AuditSearch {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public List<AuditRecord> search(AuditQuery query) {
        List<String> where = new ArrayList<>();
        query.party().ifPresent(p -> where.add("(e.actor = :party or e.target = :party)"));
        query.action().ifPresent(a -> where.add("(e.action = :action or e.action like :actionPrefix escape '\\')"));
        query.from().ifPresent(f -> where.add("e.occurredAt >= :from"));
        query.to().ifPresent(t -> where.add("e.occurredAt < :to"));
        TypedQuery<AuditRecord> q = em.createQuery("select new org.vigil.identity.application.AuditRecord(e.id, e.occurredAt, e.actor,"
                + " e.action, e.target, e.outcome, e.clientAddress, e.details) from AuditEvent e"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by e.occurredAt desc, e.id", AuditRecord.class);
        query.party().ifPresent(p -> q.setParameter("party", p));
        query.action().ifPresent(a -> {
            q.setParameter("action", a);
            q.setParameter("actionPrefix", a.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%");
        });
        query.from().ifPresent(f -> q.setParameter("from", f));
        query.to().ifPresent(t -> q.setParameter("to", t));
        return q.setMaxResults(query.limit()).getResultList();
    }
}
