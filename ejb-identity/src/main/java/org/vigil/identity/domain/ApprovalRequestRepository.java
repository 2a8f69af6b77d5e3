package org.vigil.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ApprovalRequestRepository {

    void store(ApprovalRequest request);

    Optional<ApprovalRequest> find(UUID id);

    /** The request, locked until the transaction ends: two decisions arriving together are serialised. */
    Optional<ApprovalRequest> lockForDecision(UUID id);

    /** Pending requests of an account that have not expired at {@code now}, oldest first. */
    List<ApprovalRequest> pendingOf(UUID accountId, Instant now);
}
