package org.vigil.identity.oidc;

import java.time.Instant;
import java.util.Set;

/** What a person allowed one application: its name, the scopes, since when. */
public record AppGrant(String clientId, String clientName, Set<String> scopes, Instant grantedAt) {
}
