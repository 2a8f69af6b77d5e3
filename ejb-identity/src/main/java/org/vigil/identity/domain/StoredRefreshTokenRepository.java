package org.vigil.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens by the hash of their value; the value itself is never stored. */
public interface StoredRefreshTokenRepository {

    void store(StoredRefreshToken token);

    /** The token with this hash, locked until the transaction ends so two concurrent redemptions cannot both win. */
    Optional<StoredRefreshToken> lockByHash(String tokenHash);

    /** Revokes every token of one login's family (reuse detected, code redeemed twice). */
    void revokeFamily(UUID familyId, Instant now);

    /** Revokes every token issued from one browser session (logout). */
    void revokeSession(String sessionId, Instant now);

    /** @return how many tokens of the client were still unrevoked and are revoked now (client disabled) */
    int revokeAllOfClient(String clientId, Instant now);

    /** @return how many tokens of the person were still unrevoked and are revoked now (account locked) */
    int revokeAllOfAccount(UUID accountId, Instant now);

    /** @return how many of the person's tokens at this client were still unrevoked and are revoked now (consent withdrawn) */
    int revokeAllOfAccountAtClient(UUID accountId, String clientId, Instant now);
}
