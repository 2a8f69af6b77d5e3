package org.vigil.documents.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.vigil.platform.signers.SignerDevice;
import org.vigil.platform.signers.SignerDirectory;
import org.vigil.platform.signers.SignerFacts;
import org.vigil.platform.signers.SignerKey;

/**
 * The reconciler's pass without a server: every authenticator with a live certificate is looked up in the identity
 * system's {@link SignerDirectory} (injected into the bean), and the certificates of one it no longer lets sign are
 * revoked and audited, those of an active one kept.
 */
class RevocationReconciliationTest {

    private final UUID account = UUID.randomUUID();
    private final UUID active = UUID.randomUUID();
    private final UUID revoked = UUID.randomUUID();
    private final UUID unknown = UUID.randomUUID();
    private final List<UUID> revokedCertificatesOf = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();

    @Test
    void theCertificatesOfAnAuthenticatorIdentityNoLongerLetsSignAreRevokedAndNoOthers() {
        DefaultSigningCertificateService service = new DefaultSigningCertificateService();
        service.certificates = new SigningCertificates() {
            @Override
            public List<UUID> authenticatorsWithLiveCertificates() {
                return List.of(active, revoked, unknown);
            }

            @Override
            public int revokeAll(UUID authenticatorId) {
                revokedCertificatesOf.add(authenticatorId);
                return 1;
            }
        };
        service.audit = new DocumentAuditTrail() {
            @Override
            public void record(String actor, String action, String target, String clientAddress, String detail) {
                audited.add(actor + " " + action + " " + target);
            }
        };
        service.directory = directory(Map.of(active, key(active, true), revoked, key(revoked, false)));

        int count = service.reconcile(RevocationReconciler.ACTOR);

        assertThat(count).isEqualTo(2);
        assertThat(revokedCertificatesOf).containsExactly(revoked, unknown);
        assertThat(audited).containsExactly(
                "system:revocation-reconciler certificate.revoke authenticator:" + revoked,
                "system:revocation-reconciler certificate.revoke authenticator:" + unknown);
    }

    private SignerKey key(UUID authenticatorId, boolean canSign) {
        return new SignerKey(authenticatorId, account, null, canSign, Instant.now());
    }

    private static SignerDirectory directory(Map<UUID, SignerKey> keys) {
        return new SignerDirectory() {
            @Override
            public Optional<SignerKey> authenticator(UUID authenticatorId) {
                return Optional.ofNullable(keys.get(authenticatorId));
            }

            @Override
            public Optional<SignerFacts> signer(UUID accountId) {
                throw new UnsupportedOperationException("the reconciler never asks this; a call here is a test failure");
            }

            @Override
            public List<SignerKey> activeAuthenticators(UUID accountId) {
                throw new UnsupportedOperationException("the reconciler never asks this; a call here is a test failure");
            }

            @Override
            public Optional<UUID> accountByEmail(String email) {
                throw new UnsupportedOperationException("the reconciler never asks this; a call here is a test failure");
            }

            @Override
            public UUID requestApproval(UUID accountId, String bindingMessage, Duration lifetime) {
                throw new UnsupportedOperationException("the reconciler never asks this; a call here is a test failure");
            }

            @Override
            public void recordApproval(SignerDevice device, UUID approvalId, String signedDecision, String clientAddress) {
                throw new UnsupportedOperationException("the reconciler never asks this; a call here is a test failure");
            }

            @Override
            public boolean denied(UUID approvalId) {
                throw new UnsupportedOperationException("the reconciler never asks this; a call here is a test failure");
            }
        };
    }
}
