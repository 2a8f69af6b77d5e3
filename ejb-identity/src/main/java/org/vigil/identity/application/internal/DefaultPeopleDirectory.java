package org.vigil.identity.application.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AuthenticatorRecord;
import org.vigil.identity.application.PeopleDirectory;
import org.vigil.identity.application.PersonSummary;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AuthenticatorRepository;
import org.vigil.identity.domain.Role;

@Stateless
public class DefaultPeopleDirectory implements PeopleDirectory {

    @Inject
    AccountRepository accounts;

    @Inject
    AuthenticatorRepository authenticators;

    @Override
    public List<PersonSummary> search(String text, int limit) {
        return accounts.matching(text == null ? "" : text, Math.max(1, Math.min(limit, MAX_RESULTS))).stream()
                .map(DefaultPeopleDirectory::summary).toList();
    }

    @Override
    public Optional<PersonSummary> person(UUID accountId) {
        return accounts.find(accountId).map(DefaultPeopleDirectory::summary);
    }

    @Override
    public List<AuthenticatorRecord> authenticators(UUID accountId) {
        return authenticators.allOf(accountId).stream()
                .map(a -> new AuthenticatorRecord(a.id(), a.name(), a.createdAt(), a.lastUsedAt(), a.revokedAt())).toList();
    }

    private static PersonSummary summary(Account a) {
        return new PersonSummary(a.id(), a.firstName(), a.lastName(), a.email(), a.phone(), a.kycLevel().number(), a.status().name(),
                claims(a), a.createdAt());
    }

    private static Set<String> claims(Account account) {
        return account.roles().stream().map(Role::claim).collect(Collectors.toCollection(TreeSet::new));
    }
}
