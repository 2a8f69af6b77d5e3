package org.vigil.identity.oidc;

import java.net.URI;
import java.util.Set;

/** What the authorization endpoint does next. */
public sealed interface AuthorizationStep {

    /** Back to the client: with a code, or with an error it can handle. */
    record Redirect(URI location) implements AuthorizationStep {
    }

    /**
     * The person must log in first.
     *
     * @param browserBinding the value of the browser's login cookie the pending login is bound to (set it again)
     */
    record ShowLogin(String pendingId, String clientName, String browserBinding) implements AuthorizationStep {
    }

    /** A third-party client asks for scopes the person has not allowed yet. */
    record ShowConsent(String pendingId, String clientName, Set<String> scopes, String formToken, String browserBinding)
            implements AuthorizationStep {
    }

    /** The request cannot be trusted to redirect anywhere (unknown client, unregistered redirect URI). */
    record ShowError(String message) implements AuthorizationStep {
    }
}
