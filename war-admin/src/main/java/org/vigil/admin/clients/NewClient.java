package org.vigil.admin.clients;

import java.util.Set;

/**
 * What an admin fills in to register an application.
 *
 * @param redirectUris one per line as typed
 */
public record NewClient(String clientId, String name, String authMethod, String redirectUris, Set<String> grantTypes, Set<String> scopes,
                        Set<String> roles, boolean firstParty) {
}
