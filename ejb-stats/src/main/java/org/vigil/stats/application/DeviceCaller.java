package org.vigil.stats.application;

import java.util.Set;

/**
 * Who sends a health report, as their access token says: the client id and roles, and whether
 * the token is the client's own (client credentials) rather than a person's.
 */
public record DeviceCaller(String clientId, Set<String> roles, boolean clientItself, String address) {

    public DeviceCaller {
        roles = Set.copyOf(roles);
    }
}
