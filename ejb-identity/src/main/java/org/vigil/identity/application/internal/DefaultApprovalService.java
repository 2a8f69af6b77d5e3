package org.vigil.identity.application.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.jose.util.JSONObjectUtils;

import org.vigil.identity.application.AlreadyDecidedException;
import org.vigil.identity.application.ApprovalOutcome;
import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.InvalidSignatureException;
import org.vigil.identity.application.PasskeyService;
import org.vigil.identity.application.PasskeyUnlockRequiredException;
import org.vigil.identity.application.PendingApproval;
import org.vigil.identity.application.RequestExpiredException;
import org.vigil.identity.application.UnknownRequestException;
import org.vigil.identity.domain.ApprovalRequest;
import org.vigil.identity.domain.ApprovalRequestRepository;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Authenticator;
import org.vigil.identity.domain.AuthenticatorRepository;
import org.vigil.identity.proof.ApprovalSignature;
import org.vigil.identity.proof.ProofException;
import org.vigil.platform.push.PushNotification;
import org.vigil.platform.push.PushQueue;

@Stateless
public class DefaultApprovalService implements ApprovalService {

    /** The push notification kind a device answers by showing the request (docs/authenticator-protocol.md). */
    public static final String APPROVAL_REQUEST = "approval-request";

    @Inject
    ApprovalRequestRepository requests;

    @Inject
    AuthenticatorRepository authenticators;

    @Inject
    AuditTrail audit;

    @Inject
    PushQueue push;

    @EJB
    PasskeyService passkeys;

    @Override
    public ApprovalOutcome request(UUID accountId, ApprovalRequest.Kind kind, String bindingMessage, String requester, Duration lifetime) {
        ApprovalRequest request = new ApprovalRequest(accountId, kind, bindingMessage, requester, Instant.now(), lifetime);
        requests.store(request);
        // inside this transaction: the device is told only about a request that exists
        push.send(new PushNotification(UUID.randomUUID().toString(), accountId.toString(), APPROVAL_REQUEST,
                JSONObjectUtils.toJSONString(asPushPayload(pendingView(request))), request.expiresAt()));
        return outcome(request, Instant.now());
    }

    @Override
    public List<PendingApproval> pending(DevicePrincipal caller) {
        return requests.pendingOf(caller.accountId(), Instant.now()).stream().map(DefaultApprovalService::pendingView).toList();
    }

    private static PendingApproval pendingView(ApprovalRequest r) {
        return new PendingApproval(r.id(), r.kind().name().toLowerCase(), r.bindingMessage(), r.requester(), r.nonce(),
                r.createdAt(), r.expiresAt());
    }

    /** The same members as {@code GET /api/v1/authenticators/requests} answers for one request. */
    static Map<String, Object> asPushPayload(PendingApproval p) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", p.id().toString());
        payload.put("kind", p.kind());
        payload.put("bindingMessage", p.bindingMessage());
        payload.put("requester", p.requester());
        payload.put("nonce", p.nonce());
        payload.put("createdAt", p.createdAt().toString());
        payload.put("expiresAt", p.expiresAt().toString());
        return payload;
    }

    @Override
    public void decide(DevicePrincipal caller, UUID requestId, String decision, String signature, String clientAddress) {
        if (!"approve".equals(decision) && !"deny".equals(decision)) {
            throw new InvalidFieldException("decision", "must be approve or deny");
        }
        Instant now = Instant.now();
        ApprovalRequest request = requests.lockForDecision(requestId)
                .filter(r -> r.accountId().equals(caller.accountId()))
                .orElseThrow(() -> new UnknownRequestException("No request of yours has the id " + requestId + "."));
        String target = "approval:" + requestId;
        if (request.status() != ApprovalRequest.Status.PENDING) {
            audit.recordRefusal(caller.auditName(), "approval.decide", target, clientAddress, "already decided");
            throw new AlreadyDecidedException("The request was " + request.status().name().toLowerCase() + " already.");
        }
        if (request.isExpiredAt(now)) {
            throw new RequestExpiredException("The request expired at " + request.expiresAt() + ".");
        }
        Authenticator device = authenticators.find(caller.authenticatorId()).filter(Authenticator::isActive)
                .orElseThrow(() -> new InvalidSignatureException("The authenticator is revoked."));
        try {
            ApprovalSignature.verify(signature, DefaultAuthenticatorService.key(device), device.id().toString(),
                    new ApprovalSignature.Expected(request.id().toString(), request.bindingMessage(), request.nonce(), decision), now);
        } catch (ProofException e) {
            audit.recordRefusal(caller.auditName(), "approval.decide", target, clientAddress, e.getMessage());
            throw new InvalidSignatureException("The signature does not match the request: " + e.getMessage() + ".");
        }
        boolean approve = "approve".equals(decision);
        if (approve) {
            // a device with a passkey approves only while a recent assertion has it unlocked; denying needs no unlock
            try {
                passkeys.requireUnlocked(caller);
            } catch (PasskeyUnlockRequiredException e) {
                audit.recordRefusal(caller.auditName(), "approval.decide", target, clientAddress, "passkey unlock required");
                throw e;
            }
        }
        request.decide(approve, device.id(), signature, now);
        audit.record(caller.auditName(), approve ? "approval.approve" : "approval.deny", target, AuditEvent.Outcome.SUCCESS,
                clientAddress, request.kind() + " for " + request.requester());
    }

    @Override
    public ApprovalOutcome outcome(UUID requestId) {
        return requests.find(requestId).map(r -> outcome(r, Instant.now()))
                .orElseThrow(() -> new UnknownRequestException("No request has the id " + requestId + "."));
    }

    private static ApprovalOutcome outcome(ApprovalRequest r, Instant now) {
        String status = r.status() == ApprovalRequest.Status.PENDING && r.isExpiredAt(now) ? "EXPIRED" : r.status().name();
        return new ApprovalOutcome(r.id(), r.accountId(), status, r.decidedAt(), r.authenticatorId());
    }
}
