package org.vigil.admin.clients;

import java.time.Instant;
import java.util.Set;

import org.vigil.identity.oidc.ClientDetails;

/** An OAuth client as the applications page lists it (never its secret or keys). */
public record ClientRow(String clientId, String name, String authMethod, Set<String> grantTypes, Set<String> roles,
                        boolean firstParty, boolean enabled, Instant createdAt, Set<String> redirectUris, Set<String> scopes) {

    static ClientRow of(ClientDetails c) {
        return new ClientRow(c.clientId(), c.name(), c.authMethod().value(), c.grantTypes(), c.roles(), c.firstParty(), c.enabled(),
                c.createdAt(), c.redirectUris(), c.scopes());
    }

    /** Whether it proves itself with a secret, so that a new one can be issued. */
    public boolean hasSecret() {
        return "client_secret_basic".equals(authMethod) || "client_secret_post".equals(authMethod);
    }
}
