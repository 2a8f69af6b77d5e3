package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.vigil.identity.application.Issuer;
import org.vigil.identity.domain.ChosenSecrets;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.OAuthClientRepository;
import org.vigil.identity.domain.PrivilegedScope;

/**
 * The console ({@code /admin}) logs people in through Vigil's own OpenID Connect as the
 * first-party client {@value #CLIENT_ID}. WildFly's OIDC client (the {@code elytron-oidc-client}
 * subsystem, {@code console-oidc.cli}) authenticates to the token endpoint with
 * {@code VIGIL_CONSOLE_CLIENT_SECRET}; when that is set and the client does not exist yet, it is
 * registered here with the same secret, redirect {@code <issuer>/admin/} and post-logout address
 * {@code <issuer>/admin/signed-out.html}. Unset: no console client, so nobody logs in to the
 * console. Like {@link AdminClientBootstrap}, a later change of the variable changes nothing here,
 * and a guessable secret fails the deployment. Every console login gets {@code vigil:admin} added ({@link DefaultScopes}),
 * so that an admin's console session meets the admin API's rule; the client is allowed the scope here, a row registered
 * before that included. The scope is granted only to people who hold the admin role.
 */
@Startup
@Singleton
public class ConsoleClientBootstrap {

    public static final String CLIENT_ID = "vigil-console";
    public static final String REDIRECT_PATH = "/admin/";
    public static final String SIGNED_OUT_PATH = "/admin/signed-out.html";
    static final Set<String> SCOPES = Set.of("openid", "profile", "email", PrivilegedScope.ADMIN.value());
    private static final Logger LOG = Logger.getLogger(ConsoleClientBootstrap.class.getName());

    @Inject
    OAuthClientRepository clients;

    @Inject
    Issuer issuer;

    @PostConstruct
    void bootstrap() {
        Optional<String> secret = ConfigProvider.getConfig().getOptionalValue("vigil.console.client.secret", String.class);
        if (secret.isEmpty()) {
            return;
        }
        Optional<OAuthClient> existing = clients.find(CLIENT_ID);
        if (existing.isPresent()) {
            allowScopes(existing.get());
            return;
        }
        boolean demo = ConfigProvider.getConfig().getOptionalValue("vigil.demo", Boolean.class).orElse(false);
        // the demo's documented value is accepted in demo mode only, as the admin client's is
        Optional<String> guessable = demo && secret.get().length() >= ChosenSecrets.MIN_LENGTH ? Optional.empty()
                : ChosenSecrets.whyGuessable(secret.get(), false);
        guessable.ifPresent(why -> {
            throw new IllegalStateException("VIGIL_CONSOLE_CLIENT_SECRET is refused: " + why
                    + ". Use a random value, e.g. `openssl rand -base64 32`.");
        });
        clients.store(OAuthClient.withSecret(CLIENT_ID, "Vigil console", ClientAuthMethod.CLIENT_SECRET_BASIC, secret.get(),
                Set.of(issuer.resolve(REDIRECT_PATH)), Set.of(issuer.resolve(SIGNED_OUT_PATH)), Set.of("authorization_code", "refresh_token"),
                SCOPES, Set.of(), true, Instant.now()));
        LOG.info("Registered the console client " + CLIENT_ID + " from VIGIL_CONSOLE_CLIENT_SECRET");
    }

    private static void allowScopes(OAuthClient console) {
        if (!console.scopes().containsAll(SCOPES)) {
            Set<String> scopes = new LinkedHashSet<>(console.scopes());
            scopes.addAll(SCOPES);
            console.edit(console.name(), console.redirectUris(), scopes);
            LOG.info("Allowed the console client " + CLIENT_ID + " the scopes " + SCOPES);
        }
    }
}
