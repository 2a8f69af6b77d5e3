package org.vigil.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.vigil.identity.application.AccountFacts;
import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.application.ApprovalOutcome;
import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.AuthenticatorKey;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.PendingApproval;
import org.vigil.identity.domain.ApprovalRequest;
import org.vigil.platform.signers.SignerDevice;
import org.vigil.platform.signers.SignerFacts;

/** Identity's answers to the document server (the platform's {@code SignerDirectory}), without a server. */
class SignerDirectoryTest {

    private final UUID active = UUID.randomUUID();
    private final UUID inactive = UUID.randomUUID();
    private final List<String> asked = new ArrayList<>();
    private DefaultSignerDirectory directory;

    @BeforeEach
    void twoAccounts() {
        directory = new DefaultSignerDirectory();
        directory.accounts = new AccountLookup() {
            @Override
            public Optional<AccountFacts> account(UUID accountId) {
                return Optional.of(new AccountFacts(accountId, "Ada", "Lovelace", 2, accountId.equals(active)));
            }

            @Override
            public Optional<UUID> byEmail(String email) {
                return Optional.empty();
            }

            @Override
            public Optional<AuthenticatorKey> authenticator(UUID authenticatorId) {
                return Optional.of(new AuthenticatorKey(authenticatorId, active, null, false, Instant.EPOCH));
            }

            @Override
            public List<AuthenticatorKey> activeAuthenticators(UUID accountId) {
                return List.of();
            }
        };
        directory.approvals = new ApprovalService() {
            @Override
            public ApprovalOutcome request(UUID accountId, ApprovalRequest.Kind kind, String bindingMessage, String requester,
                    Duration lifetime) {
                asked.add(kind + " for " + accountId + " by " + requester + ": " + bindingMessage);
                return new ApprovalOutcome(UUID.randomUUID(), accountId, "PENDING", null, null);
            }

            @Override
            public List<PendingApproval> pending(DevicePrincipal caller) {
                return List.of();
            }

            @Override
            public void decide(DevicePrincipal caller, UUID requestId, String decision, String signature, String clientAddress) {
                asked.add(decision + " " + requestId + " by " + caller + " from " + clientAddress + ": " + signature);
            }

            @Override
            public ApprovalOutcome outcome(UUID requestId) {
                throw new UnsupportedOperationException("the signer directory never asks this; a call here is a test failure");
            }
        };
    }

    @Test
    void anInactiveAccountIsNoSigner() {
        assertThat(directory.signer(active)).contains(new SignerFacts(active, "Ada", "Lovelace", 2));
        assertThat(directory.signer(inactive)).isEmpty();
    }

    @Test
    void aRevokedAuthenticatorIsStillFoundAsOneThatCannotSign() {
        UUID authenticator = UUID.randomUUID();

        assertThat(directory.authenticator(authenticator)).hasValueSatisfying(k -> {
            assertThat(k.authenticatorId()).isEqualTo(authenticator);
            assertThat(k.active()).isFalse();
        });
    }

    @Test
    void anApprovalIsAskedAsASignatureAndRecordedAsTheDevicesApproval() {
        directory.requestApproval(active, "Sign \"Rx\"", Duration.ofMinutes(5));
        UUID authenticator = UUID.randomUUID();
        UUID request = UUID.randomUUID();

        directory.recordApproval(new SignerDevice(authenticator, active), request, "jws", "192.0.2.7");

        assertThat(asked).containsExactly(
                "SIGNATURE for " + active + " by Vigil document signing: Sign \"Rx\"",
                "approve " + request + " by " + new DevicePrincipal(authenticator, active) + " from 192.0.2.7: jws");
    }
}
