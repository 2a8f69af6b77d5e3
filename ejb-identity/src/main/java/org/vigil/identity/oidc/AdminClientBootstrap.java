package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.identity.domain.ChosenSecrets;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;
import org.vigil.identity.domain.PrivilegedScope;
import org.vigil.identity.domain.AccountRole;

/**
 * The first way in: when {@code VIGIL_ADMIN_CLIENT_SECRET} is set and no client {@value #CLIENT_ID}
 * exists, registers it (client credentials, role admin, scope {@code vigil:admin}) with that secret, so an operator can
 * call the admin API and register everything else. Unset, nothing happens; once registered,
 * changing the variable changes nothing. A guessable secret ({@link ChosenSecrets}) fails the deployment.
 */
@Startup
@Singleton
public class AdminClientBootstrap {

    public static final String CLIENT_ID = "vigil-admin";
    private static final Logger LOG = Logger.getLogger(AdminClientBootstrap.class.getName());

    @Inject
    OAuthClientRepository clients;

    @PostConstruct
    void bootstrap() {
        Optional<String> secret = ConfigProvider.getConfig().getOptionalValue("vigil.admin.client.secret", String.class);
        if (secret.isEmpty() || clients.find(CLIENT_ID).isPresent()) {
            return;
        }
        boolean demo = ConfigProvider.getConfig().getOptionalValue("vigil.demo", Boolean.class).orElse(false);
        ChosenSecrets.whyGuessable(secret.get(), demo).ifPresent(why -> {
            // the deployment fails with this message: a guessable secret for the admin API is worse than no admin API
            throw new IllegalStateException("VIGIL_ADMIN_CLIENT_SECRET is refused: " + why
                    + ". Use a random value, e.g. `openssl rand -base64 32`.");
        });
        clients.store(OAuthClient.withSecret(CLIENT_ID, "Vigil administration", ClientAuthMethod.CLIENT_SECRET_BASIC, secret.get(),
                Set.of(), Set.of(), Set.of("client_credentials"), Set.of(PrivilegedScope.ADMIN.value()), Set.of(AccountRole.ADMIN.claim()), true,
                Instant.now()));
        LOG.info("Registered the bootstrap client " + CLIENT_ID + " from VIGIL_ADMIN_CLIENT_SECRET");
    }
}
