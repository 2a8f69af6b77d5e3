package org.vigil.identity.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.SigningKey;
import org.vigil.identity.domain.SigningKeyRepository;

@ApplicationScoped
public class JpaSigningKeyRepository implements SigningKeyRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(SigningKey key) {
        em.persist(key);
    }

    @Override
    public List<SigningKey> allNewestFirst() {
        return em.createQuery("select k from SigningKey k order by k.createdAt desc", SigningKey.class).getResultList();
    }

    @Override
    public Optional<SigningKey> findNewestActive(String alg) {
        return em.createQuery("select k from SigningKey k where k.alg = :alg and k.retiredAt is null order by k.createdAt desc",
                        SigningKey.class)
                .setParameter("alg", alg).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<SigningKey> allActive(String alg) {
        return em.createQuery("select k from SigningKey k where k.alg = :alg and k.retiredAt is null", SigningKey.class)
                .setParameter("alg", alg).getResultList();
    }
}
