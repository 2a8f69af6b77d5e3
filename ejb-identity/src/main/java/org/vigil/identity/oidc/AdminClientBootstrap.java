package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first way in: when {@code VIGIL_ADMIN_CLIENT_SECRET} is set and no client {@value #CLIENT_ID}
 * exists, registers it (client credentials, role admin) with that secret, so an operator can
 * call the admin API and register everything else. Unset, nothing happens; once registered,
 * changing the variable changes nothing.
 */
@Startup
@Singleton
public class AdminClientBootstrap {

    public static final String CLIENT_ID = "vigil-admin";
    private static final int MIN_SECRET_LENGTH = 32;
    private static final Logger LOG = Logger.getLogger(AdminClientBootstrap.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @PostConstruct
    void bootstrap() {
        Optional<String> secret = ConfigProvider.getConfig().getOptionalValue("vigil.admin.client.secret", String.class);
        if (secret.isEmpty() || em.find(OAuthClient.class, CLIENT_ID) != null) {
            return;
        }
        if (secret.get().length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("VIGIL_ADMIN_CLIENT_SECRET must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        em.persist(OAuthClient.withSecret(CLIENT_ID, "Vigil administration", OAuthClient.AuthMethod.CLIENT_SECRET_BASIC, secret.get(),
                Set.of(), Set.of(), Set.of("client_credentials"), Set.of(), Set.of("admin"), true, Instant.now()));
        LOG.info("Registered the bootstrap client " + CLIENT_ID + " from VIGIL_ADMIN_CLIENT_SECRET");
    }
}
