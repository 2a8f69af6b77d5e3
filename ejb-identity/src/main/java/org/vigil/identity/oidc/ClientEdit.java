package org.vigil.identity.oidc;

import java.util.Set;

/** What an admin may change of a registered client: the name people see, where it may redirect, the scopes it may ask for. */
public record ClientEdit(String name, Set<String> redirectUris, Set<String> scopes) {
}
