package org.vigil.identity.oidc;

/** A client just registered, with its secret in clear this one time (null when it has none). */
public record RegisteredClient(ClientDetails client, String secret) {
}
