package org.vigil.identity.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.InitialAccessToken;
import org.vigil.identity.domain.InitialAccessTokenRepository;

@ApplicationScoped
public class JpaInitialAccessTokenRepository implements InitialAccessTokenRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(InitialAccessToken token) {
        em.persist(token);
    }

    @Override
    public Optional<InitialAccessToken> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(InitialAccessToken.class, id));
    }

    @Override
    public Optional<InitialAccessToken> lockByHash(String tokenHash) {
        return em.createQuery("select t from InitialAccessToken t where t.tokenHash = :hash", InitialAccessToken.class)
                .setParameter("hash", tokenHash).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<InitialAccessToken> newest(int limit) {
        return em.createQuery("select t from InitialAccessToken t order by t.createdAt desc", InitialAccessToken.class)
                .setMaxResults(limit).getResultList();
    }
}
