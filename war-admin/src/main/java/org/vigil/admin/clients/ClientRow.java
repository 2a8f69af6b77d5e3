package org.vigil.admin.clients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.vigil.identity.oidc.ClientDetails;

/** An OAuth client as the applications page lists it (never its secret or keys). */
public record ClientRow(String clientId, String name, String authMethod, Set<String> grantTypes, Set<String> roles,
                        boolean firstParty, boolean enabled, Instant createdAt, Set<String> redirectUris, Set<String> scopes,
                        String jwksUri, String backchannelLogoutUri, String frontchannelLogoutUri, boolean requiresPushedRequests, boolean requiresDpop) {

    static ClientRow of(ClientDetails c) {
        return new ClientRow(c.clientId(), c.name(), c.authMethod().value(), c.grantTypes(), c.roles(), c.firstParty(), c.enabled(),
                c.createdAt(), c.redirectUris(), c.scopes(), c.jwksUri(), c.backchannelLogoutUri(), c.frontchannelLogoutUri(),
                c.fapi().requirePushedAuthorizationRequests(), c.fapi().dpopBoundAccessTokens());
    }

    /** Whether it proves itself with a secret, so that a new one can be issued. */
    public boolean hasSecret() {
        return "client_secret_basic".equals(authMethod) || "client_secret_post".equals(authMethod);
    }

    /** What it is held to beyond OAuth's defaults (FAPI 2.0), in the words the page shows: "PAR, DPoP", or empty. */
    public String heldTo() {
        List<String> demands = new ArrayList<>();
        if (requiresPushedRequests) {
            demands.add("PAR");
        }
        if (requiresDpop) {
            demands.add("DPoP");
        }
        return String.join(", ", demands);
    }
}
