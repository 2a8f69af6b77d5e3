package org.vigil.admin.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.vigil.admin.audit.ConsoleAudit;
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

    @Inject
    ConsoleAudit audit;

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

    @Transactional
    public Set<String> grant(UUID accountId, String role) {
        user.require(ConsoleRole.ADMIN);
        Set<String> now = roles.grant(accountId, role);
        audit.record("account.role.grant", "account:" + accountId, role);
        return now;
    }

    @Transactional
    public Set<String> revoke(UUID accountId, String role) {
        user.require(ConsoleRole.ADMIN);
        Set<String> now = directory.revoke(accountId, role);
        audit.record("account.role.revoke", "account:" + accountId, role);
        return now;
    }

    /** The identity module ends the person's tokens and audits; the console passes who asks and from where. */
    public PersonSummary lock(UUID accountId, String reason) {
        user.require(ConsoleRole.ADMIN);
        return locks.lock(accountId, reason, user.getAuditName(), user.getClientAddress());
    }

    public PersonSummary unlock(UUID accountId) {
        user.require(ConsoleRole.ADMIN);
        return locks.unlock(accountId, user.getAuditName(), user.getClientAddress());
    }
}
