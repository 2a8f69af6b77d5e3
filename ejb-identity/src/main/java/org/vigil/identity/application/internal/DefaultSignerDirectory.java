package org.vigil.identity.application.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.AuthenticatorKey;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.domain.ApprovalRequest;
import org.vigil.platform.signers.SignerDevice;
import org.vigil.platform.signers.SignerDirectory;
import org.vigil.platform.signers.SignerFacts;
import org.vigil.platform.signers.SignerKey;

/**
 * The document server's view of the identity system ({@link SignerDirectory}, a contract of the platform jar, since
 * documents must not depend on identity). It joins the caller's transaction (the default), and so do the beans it calls:
 * an approval is recorded together with the signatures it approves.
 */
@Stateless
public class DefaultSignerDirectory implements SignerDirectory {

    static final String REQUESTER = "Vigil document signing";

    @EJB
    AccountLookup accounts;

    @EJB
    ApprovalService approvals;

    @Override
    public Optional<SignerFacts> signer(UUID accountId) {
        return accounts.account(accountId).filter(a -> a.active())
                .map(a -> new SignerFacts(a.accountId(), a.firstName(), a.lastName(), a.kycLevel()));
    }

    @Override
    public Optional<SignerKey> authenticator(UUID authenticatorId) {
        return accounts.authenticator(authenticatorId).map(DefaultSignerDirectory::key);
    }

    @Override
    public List<SignerKey> activeAuthenticators(UUID accountId) {
        return accounts.activeAuthenticators(accountId).stream().map(DefaultSignerDirectory::key).toList();
    }

    @Override
    public Optional<UUID> accountByEmail(String email) {
        return accounts.byEmail(email);
    }

    @Override
    public UUID requestApproval(UUID accountId, String bindingMessage, Duration lifetime) {
        return approvals.request(accountId, ApprovalRequest.Kind.SIGNATURE, bindingMessage, REQUESTER, lifetime).requestId();
    }

    @Override
    public void recordApproval(SignerDevice device, UUID approvalId, String signedDecision, String clientAddress) {
        approvals.decide(new DevicePrincipal(device.authenticatorId(), device.accountId()), approvalId, "approve", signedDecision,
                clientAddress);
    }

    @Override
    public boolean denied(UUID approvalId) {
        return "DENIED".equals(approvals.outcome(approvalId).status());
    }

    private static SignerKey key(AuthenticatorKey key) {
        return new SignerKey(key.authenticatorId(), key.accountId(), key.publicKey(), key.active(), key.createdAt());
    }
}
