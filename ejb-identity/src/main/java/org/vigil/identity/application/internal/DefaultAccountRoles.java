package org.vigil.identity.application.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AccountRoles;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.UnknownAccountException;
import org.vigil.identity.application.UnknownRoleException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Role;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;

@Stateless
public class DefaultAccountRoles implements AccountRoles {

    @Inject
    AccountRepository accounts;

    @EJB
    AuditTrail audit;

    @Override
    public Set<String> grant(UUID accountId, String role) {
        Role granted = Role.ofClaim(role).orElseThrow(() -> new UnknownRoleException(role));
        Account account = accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        account.grant(granted);
        return account.roles().stream().map(Role::claim).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public Set<String> grant(Caller caller, UUID accountId, String role) {
        String admin = AdminAuthorization.require(caller);
        Set<String> now = grant(accountId, role);
        audit.record(admin, "account.role.grant", "account:" + accountId, AuditEvent.Outcome.SUCCESS, caller.address(), role);
        return now;
    }

    @Override
    public Set<String> revoke(Caller caller, UUID accountId, String role) {
        String admin = AdminAuthorization.require(caller);
        Role revoked = Role.ofClaim(role).orElseThrow(() -> new UnknownRoleException(role));
        Account account = accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        account.revoke(revoked);
        audit.record(admin, "account.role.revoke", "account:" + accountId, AuditEvent.Outcome.SUCCESS, caller.address(), role);
        return account.roles().stream().map(Role::claim).collect(Collectors.toCollection(TreeSet::new));
    }
}
