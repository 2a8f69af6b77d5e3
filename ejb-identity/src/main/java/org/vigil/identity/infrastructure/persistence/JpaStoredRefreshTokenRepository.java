package org.vigil.identity.infrastructure.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.StoredRefreshToken;
import org.vigil.identity.domain.StoredRefreshTokenRepository;

@ApplicationScoped
public class JpaStoredRefreshTokenRepository implements StoredRefreshTokenRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(StoredRefreshToken token) {
        em.persist(token);
    }

    @Override
    public Optional<StoredRefreshToken> lockByHash(String tokenHash) {
        return Optional.ofNullable(em.find(StoredRefreshToken.class, tokenHash, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void revokeFamily(UUID familyId, Instant now) {
        em.createQuery("select t from StoredRefreshToken t where t.familyId = :family", StoredRefreshToken.class)
                .setParameter("family", familyId).getResultList()
                .forEach(t -> t.revoke(now));
    }

    @Override
    public void revokeSession(String sessionId, Instant now) {
        em.createQuery("select t from StoredRefreshToken t where t.sessionId = :sid", StoredRefreshToken.class)
                .setParameter("sid", sessionId).getResultList()
                .forEach(t -> t.revoke(now));
    }

    @Override
    public int revokeAllOfClient(String clientId, Instant now) {
        // one bulk update: a client may hold many tokens, and none of them is needed in memory
        return em.createQuery("update StoredRefreshToken t set t.revokedAt = :now where t.clientId = :c and t.revokedAt is null")
                .setParameter("now", now).setParameter("c", clientId).executeUpdate();
    }

    @Override
    public int revokeAllOfAccount(UUID accountId, Instant now) {
        return em.createQuery("update StoredRefreshToken t set t.revokedAt = :now where t.accountId = :a and t.revokedAt is null")
                .setParameter("now", now).setParameter("a", accountId).executeUpdate();
    }

    @Override
    public int revokeAllOfAccountAtClient(UUID accountId, String clientId, Instant now) {
        return em.createQuery("update StoredRefreshToken t set t.revokedAt = :now"
                        + " where t.accountId = :a and t.clientId = :c and t.revokedAt is null")
                .setParameter("now", now).setParameter("a", accountId).setParameter("c", clientId).executeUpdate();
    }
}
