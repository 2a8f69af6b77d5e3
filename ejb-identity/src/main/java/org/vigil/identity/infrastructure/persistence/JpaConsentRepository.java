package org.vigil.identity.infrastructure.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.Consent;
import org.vigil.identity.domain.ConsentRepository;

@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(Consent consent) {
        em.persist(consent);
    }

    @Override
    public Optional<Consent> find(UUID accountId, String clientId) {
        return Optional.ofNullable(em.find(Consent.class, new Consent.Key(accountId, clientId)));
    }

    @Override
    public List<Consent> ofAccount(UUID accountId) {
        return em.createQuery("select c from Consent c where c.key.accountId = :a order by c.grantedAt desc", Consent.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public void remove(Consent consent) {
        em.remove(consent);
    }
}
