package org.vigil.identity.infrastructure.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.Authenticator;
import org.vigil.identity.domain.AuthenticatorRepository;

@ApplicationScoped
public class JpaAuthenticatorRepository implements AuthenticatorRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(Authenticator authenticator) {
        em.persist(authenticator);
    }

    @Override
    public Optional<Authenticator> find(UUID id) {
        return Optional.ofNullable(em.find(Authenticator.class, id));
    }

    @Override
    public boolean thumbprintEnrolled(String thumbprint) {
        return em.createQuery("select count(a) from Authenticator a where a.thumbprint = :t", Long.class)
                .setParameter("t", thumbprint).getSingleResult() > 0;
    }

    @Override
    public List<Authenticator> activeOf(UUID accountId) {
        return em.createQuery("select a from Authenticator a where a.accountId = :account and a.revokedAt is null"
                        + " order by a.createdAt", Authenticator.class)
                .setParameter("account", accountId).getResultList();
    }

    @Override
    public List<Authenticator> allOf(UUID accountId) {
        return em.createQuery("select a from Authenticator a where a.accountId = :account order by a.createdAt desc", Authenticator.class)
                .setParameter("account", accountId).getResultList();
    }
}
