package org.vigil.identity.application.internal;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AccountLocks;
import org.vigil.identity.application.AdminReason;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.PeopleDirectory;
import org.vigil.identity.application.PersonSummary;
import org.vigil.identity.application.UnknownAccountException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.oidc.TokenCutoffs;
import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;

@Stateless
public class DefaultAccountLocks implements AccountLocks {

    @Inject
    AccountRepository accounts;

    @Inject
    TokenCutoffs cutoffs;

    @EJB
    AuditTrail audit;

    @EJB
    PeopleDirectory directory;

    @Override
    public PersonSummary lock(UUID accountId, String reason, String actor, String clientAddress) {
        Account account = accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        String why = AdminReason.required(reason, "the account is locked");
        if (!account.lock()) {
            throw new InvalidFieldException("status", "an account still pending its sign-up cannot be locked");
        }
        int revoked = cutoffs.cutAccount(accountId);
        audit.record(actor, "account.lock", "account:" + accountId, AuditEvent.Outcome.SUCCESS, clientAddress,
                why + " (" + revoked + " refresh tokens revoked)");
        return directory.person(accountId).orElseThrow();
    }

    @Override
    public PersonSummary unlock(UUID accountId, String actor, String clientAddress) {
        Account account = accounts.find(accountId).orElseThrow(() -> new UnknownAccountException(accountId));
        cutoffs.reopenAccount(accountId);
        if (!account.unlock()) {
            throw new InvalidFieldException("status", "an account still pending its sign-up cannot be unlocked");
        }
        audit.record(actor, "account.unlock", "account:" + accountId, AuditEvent.Outcome.SUCCESS, clientAddress, null);
        return directory.person(accountId).orElseThrow();
    }

    @Override
    public PersonSummary lock(Caller caller, UUID accountId, String reason) {
        return lock(accountId, reason, AdminAuthorization.require(caller), caller.address());
    }

    @Override
    public PersonSummary unlock(Caller caller, UUID accountId) {
        return unlock(accountId, AdminAuthorization.require(caller), caller.address());
    }
}
