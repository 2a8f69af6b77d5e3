package org.vigil.identity.oidc;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Access tokens refused before they expire: single tokens by jti, every token of a grant, and every token of a client
 * or person issued up to a cut-off ({@link TokenCutoffs}).
 */
public interface TokenRevocations {

    void revokeToken(String jti, Duration remaining);

    void revokeGrant(UUID grantId, Duration remaining);

    boolean tokenRevoked(String jti);

    boolean grantRevoked(String grantId);

    void cutOff(CutOff kind, String id, Instant at, Duration kept);

    Optional<Instant> cutOffAt(CutOff kind, String id);

    /** What a cut-off ends the tokens of. */
    enum CutOff {
        CLIENT, ACCOUNT,
        /** One person's tokens at one client: the person withdrew what they had allowed it ({@code accountId clientId}). */
        CONSENT
    }
}
