package org.vigil.api.documents;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.vigil.documents.application.DeviceCaller;
import org.vigil.documents.application.SignerDirectory;
import org.vigil.documents.application.SignerFacts;
import org.vigil.documents.application.SignerKey;
import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.AuthenticatorKey;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.domain.ApprovalRequest;

/**
 * The document server's view of the identity system, built here because only the API layer may
 * know both (documents must not depend on identity). Identity's EJBs join the caller's
 * transaction, so an approval is recorded together with the signatures it approves.
 */
@ApplicationScoped
public class IdentitySignerDirectory implements SignerDirectory {

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
        return accounts.authenticator(authenticatorId).map(IdentitySignerDirectory::key);
    }

    @Override
    public List<SignerKey> activeAuthenticators(UUID accountId) {
        return accounts.activeAuthenticators(accountId).stream().map(IdentitySignerDirectory::key).toList();
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
    public void recordApproval(DeviceCaller device, UUID approvalId, String signedDecision, String clientAddress) {
        approvals.decide(new DevicePrincipal(device.authenticatorId(), device.accountId()), approvalId, "approve", signedDecision,
                clientAddress);
    }

    private static SignerKey key(AuthenticatorKey key) {
        return new SignerKey(key.authenticatorId(), key.accountId(), key.publicKey(), key.active(), key.createdAt());
    }
}
