package org.vigil.identity.oidc;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import org.vigil.identity.domain.KycLevel;

/**
 * A backchannel authentication request until its tokens are issued: which approval it waits for,
 * what it may get, how the client receives it ({@code poll}, {@code ping} or {@code push}), the
 * KYC level asked for (checked again at issue time), until when, and when the client last polled
 * (for {@code slow_down}).
 */
public record CibaRequestState(String clientId, UUID approvalId, UUID accountId, String scope, Instant expiresAt,
                               int intervalSeconds, Instant lastPoll, String mode, KycLevel requiredLevel) implements Serializable {

    CibaRequestState polledAt(Instant now, int interval) {
        return new CibaRequestState(clientId, approvalId, accountId, scope, expiresAt, interval, now, mode, requiredLevel);
    }
}
