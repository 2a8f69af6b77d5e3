package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Authorization codes until redeemed, by their hash (the code itself is never stored), and for a while after, which
 * grant a redeemed code led to: presenting it again revokes that grant (RFC 6749 §4.1.2).
 */
public interface AuthorizationCodes {

    /** How long a redeemed code is remembered, so that a second redemption revokes what the first one got. */
    Duration REDEEMED_MEMORY = Duration.ofMinutes(10);

    void store(String code, IssuedCode issued, Duration lifetime);

    /** What the code stands for, removed atomically so that only one redemption gets it. */
    Optional<IssuedCode> redeem(String code);

    void rememberRedeemed(String code, UUID grantId);

    /** The grant a code already redeemed led to, forgotten once asked so that it is revoked once. */
    Optional<UUID> takeRedeemedGrant(String code);
}
