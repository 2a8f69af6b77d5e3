package org.vigil.identity.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;

@ApplicationScoped
public class JpaOAuthClientRepository implements OAuthClientRepository {

    @PersistenceContext(unitName = "identity")
    private EntityManager em;

    @Override
    public void store(OAuthClient client) {
        em.persist(client);
    }

    @Override
    public Optional<OAuthClient> find(String clientId) {
        return Optional.ofNullable(clientId == null ? null : em.find(OAuthClient.class, clientId));
    }

    @Override
    public List<OAuthClient> allByClientId() {
        return em.createQuery("select c from OAuthClient c order by c.clientId", OAuthClient.class).getResultList();
    }
}
