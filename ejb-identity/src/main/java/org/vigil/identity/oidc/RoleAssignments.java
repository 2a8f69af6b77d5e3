package org.vigil.identity.oidc;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Role;

/** Admins give people their roles (a doctor, a nurse); tokens carry them from the next issue on. */
@Stateless
public class RoleAssignments {

    @Inject
    AccountRepository accounts;

    @EJB
    AuditTrail audit;

    /** @return the person's roles afterwards */
    public List<String> grant(String admin, UUID accountId, String roleName, String clientAddress) {
        Role role = Role.ofClaim(roleName).orElseThrow(() -> new InvalidFieldException("role", "one of the roles, e.g. doctor"));
        Account account = accounts.find(accountId).orElseThrow(() -> new InvalidFieldException("accountId", "no such account"));
        account.grant(role);
        audit.record(admin, "account.role-grant", "account:" + accountId, AuditEvent.Outcome.SUCCESS, clientAddress, role.claim());
        return account.roles().stream().map(Role::claim).sorted().toList();
    }
}
