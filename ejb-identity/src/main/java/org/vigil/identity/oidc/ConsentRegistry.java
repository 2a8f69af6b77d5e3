package org.vigil.identity.oidc;

import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.domain.ConsentRepository;

/** Whether a person allowed a client: other contexts (the push server's send API) ask here. */
@Stateless
public class ConsentRegistry {

    @Inject
    ConsentRepository consents;

    public boolean hasConsented(UUID accountId, String clientId) {
        return consents.find(accountId, clientId).isPresent();
    }
}
