package org.vigil.identity.oidc;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Backchannel authentication requests until their tokens are issued, by the hash of their auth_req_id, and the
 * notification a ping or push client is owed, by the approval it waits for.
 */
public interface CibaRequests {

    void save(String authReqId, CibaRequestState request, Duration kept);

    Optional<CibaRequestState> find(String authReqId);

    /** Removes atomically: of two concurrent redemptions, one gets the request. */
    Optional<CibaRequestState> take(String authReqId);

    void remove(String authReqId);

    void saveCallback(UUID approvalId, CibaCallback callback, Duration kept);

    /** The notification owed for this approval, taken once so that one notification is sent. */
    Optional<CibaCallback> takeCallback(UUID approvalId);
}
