package org.vigil.identity.infrastructure.persistence;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.PushedRequest;
import org.vigil.identity.domain.PushedRequestRepository;

@ApplicationScoped
public class JpaPushedRequestRepository implements PushedRequestRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(PushedRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<PushedRequest> take(String requestUriHash) {
        PushedRequest found = em.find(PushedRequest.class, requestUriHash, LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            return Optional.empty();
        }
        em.remove(found);
        // flushed now, so that a second redemption racing on another node waits for this one and then finds nothing
        em.flush();
        return Optional.of(found);
    }

    @Override
    public void removeExpired(Instant now) {
        em.createQuery("delete from PushedRequest p where p.expiresAt <= :now").setParameter("now", now).executeUpdate();
    }
}
