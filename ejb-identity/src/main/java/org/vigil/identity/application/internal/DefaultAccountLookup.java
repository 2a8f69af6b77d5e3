package org.vigil.identity.application.internal;

import java.security.interfaces.ECPublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AccountFacts;
import org.vigil.identity.application.AccountLookup;
import org.vigil.identity.application.AuthenticatorKey;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AccountStatus;
import org.vigil.identity.domain.Authenticator;
import org.vigil.identity.domain.AuthenticatorRepository;
import org.vigil.identity.domain.ContactDetails;

@Stateless
public class DefaultAccountLookup implements AccountLookup {

    @Inject
    AccountRepository accounts;

    @Inject
    AuthenticatorRepository authenticators;

    @Override
    public Optional<AccountFacts> account(UUID accountId) {
        return accounts.find(accountId).map(a -> new AccountFacts(a.id(), a.firstName(), a.lastName(), a.kycLevel().number(),
                a.status() == AccountStatus.ACTIVE));
    }

    @Override
    public Optional<UUID> byEmail(String email) {
        try {
            return accounts.byEmail(ContactDetails.email(email)).map(Account::id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<AuthenticatorKey> authenticator(UUID authenticatorId) {
        return authenticators.find(authenticatorId).map(DefaultAccountLookup::key);
    }

    @Override
    public List<AuthenticatorKey> activeAuthenticators(UUID accountId) {
        return authenticators.activeOf(accountId).stream().map(DefaultAccountLookup::key)
                .sorted(Comparator.comparing(AuthenticatorKey::createdAt).reversed()).toList();
    }

    private static AuthenticatorKey key(Authenticator authenticator) {
        try {
            ECPublicKey publicKey = DefaultAuthenticatorService.key(authenticator).toECPublicKey();
            return new AuthenticatorKey(authenticator.id(), authenticator.accountId(), publicKey, authenticator.isActive(),
                    authenticator.createdAt());
        } catch (JOSEException e) {
            throw new IllegalStateException("stored key of authenticator " + authenticator.id() + " is unreadable", e);
        }
    }
}
