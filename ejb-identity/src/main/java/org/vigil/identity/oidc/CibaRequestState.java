package org.vigil.identity.oidc;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A backchannel authentication request while the client polls: which approval it waits for,
 * what it may get, until when, and when it last asked (for {@code slow_down}).
 */
public record CibaRequestState(String clientId, UUID approvalId, UUID accountId, String scope, Instant expiresAt,
                               int intervalSeconds, Instant lastPoll) implements Serializable {

    CibaRequestState polledAt(Instant now, int interval) {
        return new CibaRequestState(clientId, approvalId, accountId, scope, expiresAt, interval, now);
    }
}
