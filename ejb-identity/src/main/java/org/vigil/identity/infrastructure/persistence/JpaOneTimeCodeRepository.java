package org.vigil.identity.infrastructure.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.Channel;
import org.vigil.identity.domain.OneTimeCode;
import org.vigil.identity.domain.OneTimeCodeRepository;

@ApplicationScoped
public class JpaOneTimeCodeRepository implements OneTimeCodeRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(OneTimeCode code) {
        em.persist(code);
    }

    @Override
    public Optional<OneTimeCode> latest(UUID accountId, Channel channel) {
        return em.createQuery("select c from OneTimeCode c where c.accountId = :account and c.channel = :channel"
                        + " order by c.createdAt desc", OneTimeCode.class)
                .setParameter("account", accountId)
                .setParameter("channel", channel)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
