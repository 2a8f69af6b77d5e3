package org.vigil.identity.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.ApprovalRequest;
import org.vigil.identity.domain.ApprovalRequestRepository;

@ApplicationScoped
public class JpaApprovalRequestRepository implements ApprovalRequestRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(ApprovalRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<ApprovalRequest> find(UUID id) {
        return Optional.ofNullable(em.find(ApprovalRequest.class, id));
    }

    @Override
    public Optional<ApprovalRequest> lockForDecision(UUID id) {
        return Optional.ofNullable(em.find(ApprovalRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ApprovalRequest> pendingOf(UUID accountId, Instant now) {
        return em.createQuery("select r from ApprovalRequest r where r.accountId = :account and r.status = :pending"
                        + " and r.expiresAt > :now order by r.createdAt", ApprovalRequest.class)
                .setParameter("account", accountId)
                .setParameter("pending", ApprovalRequest.Status.PENDING)
                .setParameter("now", now)
                .getResultList();
    }
}
