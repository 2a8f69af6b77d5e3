package org.vigil.identity.oidc;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountRepository;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.UserCodes;

/**
 * A person chooses their CIBA user_code (CIBA Core §7.1) on an enrolled authenticator: it is
 * what a client registered with {@code backchannel_user_code_parameter} must send with each
 * request, so that knowing the person's email is not enough to push requests to their phone.
 */
@Stateless
public class CibaUserCodes {

    @Inject
    AccountRepository accounts;

    @EJB
    AuditTrail audit;

    public void set(DevicePrincipal caller, String code, String clientAddress) {
        if (!UserCodes.acceptable(code)) {
            throw new InvalidFieldException("userCode", "4 to 32 printable characters, no spaces");
        }
        Account account = accounts.find(caller.accountId()).orElseThrow(() -> new InvalidFieldException("userCode", "no such account"));
        account.setUserCodeHash(UserCodes.hash(code));
        audit.record(caller.auditName(), "ciba.user-code-set", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, clientAddress, null);
    }
}
