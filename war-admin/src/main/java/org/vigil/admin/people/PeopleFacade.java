package org.vigil.admin.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.vigil.admin.security.ConsoleRole;
import org.vigil.admin.security.ConsoleUser;
import org.vigil.identity.application.AccountLocks;
import org.vigil.identity.application.AccountRoles;
import org.vigil.identity.application.AuthenticatorRecord;
import org.vigil.identity.application.PeopleDirectory;
import org.vigil.identity.application.PersonSummary;

/** People as admins see and change them: search, roles granted and revoked, authenticators, locked out and let in again. */
@ApplicationScoped
public class PeopleFacade {

    @EJB
    PeopleDirectory directory;

    @EJB
    AccountRoles roles;

    @EJB
    AccountLocks locks;

    @Inject
    ConsoleUser user;


    public List<PersonSummary> search(String text) {
        user.require(ConsoleRole.ADMIN);
        return directory.search(text, 100);
    }

    public Optional<PersonSummary> person(UUID accountId) {
        user.require(ConsoleRole.ADMIN);
        return directory.person(accountId);
    }

    public List<AuthenticatorRecord> authenticators(UUID accountId) {
        user.require(ConsoleRole.ADMIN);
        return directory.authenticators(accountId);
    }

    /** The identity module checks the caller and audits each change, as for the admin API. */
    public Set<String> grant(UUID accountId, String role) {
        user.require(ConsoleRole.ADMIN);
        return roles.grant(user.caller(), accountId, role);
    }

    public Set<String> revoke(UUID accountId, String role) {
        user.require(ConsoleRole.ADMIN);
        return roles.revoke(user.caller(), accountId, role);
    }

    /** Locking also ends the person's tokens. */
    public PersonSummary lock(UUID accountId, String reason) {
        user.require(ConsoleRole.ADMIN);
        return locks.lock(user.caller(), accountId, reason);
    }

    public PersonSummary unlock(UUID accountId) {
        user.require(ConsoleRole.ADMIN);
        return locks.unlock(user.caller(), accountId);
    }
}
