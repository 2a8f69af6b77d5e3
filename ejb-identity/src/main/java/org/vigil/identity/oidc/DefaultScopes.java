package org.vigil.identity.oidc;

import java.util.Set;

import org.vigil.identity.domain.OAuthClient;
import org.vigil.identity.domain.PrivilegedScope;

/**
 * Scopes the provider adds to a client's every authorization request, asked for or not, as Keycloak's default client
 * scopes do. Only the console has one: its admins need {@code vigil:admin} for the business layer to let them
 * administer (the rule every privileged call meets), and WildFly's OIDC client, which logs people in to the console,
 * cannot ask for a scope at the server's default stability (WildFly 39 refuses {@code scope} as preview-only, in the
 * subsystem and in a deployment's {@code oidc.json} alike). A privileged scope is still granted only to people who hold
 * its role ({@link PrivilegedScope#grantable}).
 */
final class DefaultScopes {

    private DefaultScopes() {
    }

    static Set<String> of(OAuthClient client) {
        return ConsoleClientBootstrap.CLIENT_ID.equals(client.clientId()) && client.isFirstParty()
                ? Set.of(PrivilegedScope.ADMIN.value()) : Set.of();
    }
}
