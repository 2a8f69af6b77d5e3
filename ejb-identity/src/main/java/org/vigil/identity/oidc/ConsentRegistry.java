package org.vigil.identity.oidc;

import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether a person allowed a client: other contexts (the push server's send API) ask here. */
@Stateless
public class ConsentRegistry {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    public boolean hasConsented(UUID accountId, String clientId) {
        return em.find(Consent.class, new Consent.Key(accountId, clientId)) != null;
    }
}
