package org.vigil.identity.infrastructure.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.OfficerDecision;
import org.vigil.identity.domain.OfficerDecisionRepository;

@ApplicationScoped
public class JpaOfficerDecisionRepository implements OfficerDecisionRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(OfficerDecision decision) {
        em.persist(decision);
    }

    @Override
    public List<OfficerDecision> ofAccount(UUID accountId) {
        return em.createQuery("select d from OfficerDecision d where d.accountId = :account order by d.decidedAt, d.id", OfficerDecision.class)
                .setParameter("account", accountId).getResultList();
    }
}
