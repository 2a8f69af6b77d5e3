package org.vigil.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.UnknownAuthenticatorException;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Authenticator;
import org.vigil.identity.domain.AuthenticatorRepository;
import org.vigil.platform.certificates.AuthenticatorCertificates;

/**
 * Identity's rule that a revoked authenticator's signing certificates are revoked with it, and its push connections
 * end, without a server.
 */
class AuthenticatorRevocationTest {

    private final UUID account = UUID.randomUUID();
    private final Map<UUID, Authenticator> stored = new HashMap<>();
    private final List<String> certificateRevocations = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final List<UUID> disconnected = new ArrayList<>();
    private DefaultAuthenticatorService service;
    private Authenticator phone;
    private Authenticator laptop;

    @BeforeEach
    void anAccountWithTwoAuthenticators() {
        service = new DefaultAuthenticatorService();
        service.authenticators = new AuthenticatorRepository() {
            @Override
            public void store(Authenticator authenticator) {
                stored.put(authenticator.id(), authenticator);
            }

            @Override
            public Optional<Authenticator> find(UUID id) {
                return Optional.ofNullable(stored.get(id));
            }

            @Override
            public boolean thumbprintEnrolled(String thumbprint) {
                return false;
            }

            @Override
            public List<Authenticator> activeOf(UUID accountId) {
                return stored.values().stream().filter(a -> a.accountId().equals(accountId) && a.isActive()).toList();
            }

            @Override
            public List<Authenticator> allOf(UUID accountId) {
                return stored.values().stream().filter(a -> a.accountId().equals(accountId)).toList();
            }
        };
        service.audit = new AuditTrail() {
            @Override
            public void record(String actor, String action, String target, AuditEvent.Outcome outcome, String clientAddress, String details) {
                audited.add(actor + " " + action + " " + target);
            }

            @Override
            public void recordRefusal(String actor, String action, String target, String clientAddress, String reason) {
                audited.add("refused " + actor + " " + action + " " + target);
            }
        };
        service.signingCertificates = (authenticatorId, actor, clientAddress) -> {
            certificateRevocations.add(authenticatorId + " by " + actor + " from " + clientAddress);
            return 1;
        };
        service.revokedDevices = disconnected::add;
        phone = new Authenticator(account, "Phone", "{}", "t-phone", Instant.now());
        laptop = new Authenticator(account, "Laptop", "{}", "t-laptop", Instant.now());
        service.authenticators.store(phone);
        service.authenticators.store(laptop);
    }

    @Test
    void revokingAnAuthenticatorRevokesItsSigningCertificatesAndNoOther() {
        DevicePrincipal caller = new DevicePrincipal(laptop.id(), account);

        service.revoke(caller, phone.id(), "192.0.2.9");

        assertThat(phone.isActive()).isFalse();
        assertThat(laptop.isActive()).isTrue();
        assertThat(certificateRevocations).containsExactly(phone.id() + " by authenticator:" + laptop.id() + " from 192.0.2.9");
        assertThat(audited).containsExactly("authenticator:" + laptop.id() + " authenticator.revoke authenticator:" + phone.id());
        assertThat(disconnected).as("its push connections end").containsExactly(phone.id());
    }

    @Test
    void anAuthenticatorThatIsNotTheCallersKeepsItsCertificates() {
        UUID stranger = UUID.randomUUID();
        Authenticator theirs = new Authenticator(stranger, "Theirs", "{}", "t-theirs", Instant.now());
        service.authenticators.store(theirs);

        assertThatThrownBy(() -> service.revoke(new DevicePrincipal(laptop.id(), account), theirs.id(), "192.0.2.9"))
                .isInstanceOf(UnknownAuthenticatorException.class);

        assertThat(theirs.isActive()).isTrue();
        assertThat(certificateRevocations).isEmpty();
        assertThat(disconnected).isEmpty();
    }

    @Test
    void anAuthenticatorRevokedAlreadyIsUnknownAndRevokesNothingAgain() {
        DevicePrincipal caller = new DevicePrincipal(laptop.id(), account);
        service.revoke(caller, phone.id(), null);

        assertThatThrownBy(() -> service.revoke(caller, phone.id(), null)).isInstanceOf(UnknownAuthenticatorException.class);

        assertThat(certificateRevocations).hasSize(1);
    }

    @Test
    void theCertificatesAreRevokedInTheCallersTransactionNotAfterIt() {
        // a failure of the document server reaches the caller (and rolls the revocation back with it), not a log line
        service.signingCertificates = failing();

        assertThatThrownBy(() -> service.revoke(new DevicePrincipal(laptop.id(), account), phone.id(), null))
                .isInstanceOf(IllegalStateException.class).hasMessage("CA unavailable");
    }

    private static AuthenticatorCertificates failing() {
        return (authenticatorId, actor, clientAddress) -> {
            throw new IllegalStateException("CA unavailable");
        };
    }
}
