package org.vigil.identity.application;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.identity.domain.ApprovalRequest;

/** Asking a person to approve something on their device, and receiving the signed answer. */
@Local
public interface ApprovalService {

    ApprovalOutcome request(UUID accountId, ApprovalRequest.Kind kind, String bindingMessage, String requester, Duration lifetime);

    /** Pending, unexpired requests of the caller's account, oldest first. */
    List<PendingApproval> pending(DevicePrincipal caller);

    /** @param decision "approve" or "deny", as signed by the device */
    void decide(DevicePrincipal caller, UUID requestId, String decision, String signature, String clientAddress);

    ApprovalOutcome outcome(UUID requestId);
}
