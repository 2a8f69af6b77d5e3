package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.UUID;

/** Access tokens refused before they expire: single tokens by jti, and every token of a grant. */
public interface TokenRevocations {

    void revokeToken(String jti, Duration remaining);

    void revokeGrant(UUID grantId, Duration remaining);

    boolean tokenRevoked(String jti);

    boolean grantRevoked(String grantId);
}
