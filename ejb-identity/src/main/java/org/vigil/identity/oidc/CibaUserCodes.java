package org.vigil.identity.oidc;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import com.nimbusds.oauth2.sdk.ErrorObject;

import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.application.RateLimit;
import org.vigil.identity.application.RateLimitedException;
import org.vigil.identity.application.RateLimiter;
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

    private static final ErrorObject MISSING_USER_CODE = new ErrorObject("missing_user_code", null, 400);
    private static final ErrorObject INVALID_USER_CODE = new ErrorObject("invalid_user_code", null, 400);

    @Inject
    AccountRepository accounts;

    @EJB
    AuditTrail audit;

    @Inject
    RateLimiter limiter;

    public void set(DevicePrincipal caller, String code, String clientAddress) {
        if (!UserCodes.acceptable(code)) {
            throw new InvalidFieldException("userCode", "4 to 32 printable characters, no spaces");
        }
        Account account = accounts.find(caller.accountId()).orElseThrow(() -> new InvalidFieldException("userCode", "no such account"));
        account.setUserCodeHash(UserCodes.hash(code));
        audit.record(caller.auditName(), "ciba.user-code-set", "account:" + account.id(), AuditEvent.Outcome.SUCCESS, clientAddress, null);
    }

    /**
     * The check of a client registered with {@code backchannel_user_code_parameter}. Wrong codes count against the client
     * that sent them, per person and over all people: past either limit that client is refused, even with the right code,
     * while the person's other clients go on working (a guessing client must not be able to lock the person out).
     */
    public void check(Account account, String presented, String clientId) {
        if (presented == null || presented.isEmpty()) {
            throw new OAuthException(MISSING_USER_CODE, "This client must send the person's user_code.");
        }
        String person = account.id().toString();
        String clientAndPerson = clientId + " " + person;
        if (limiter.exhausted(RateLimit.USER_CODE_ATTEMPTS_PER_CLIENT_AND_PERSON, clientAndPerson)) {
            throw tooMany(RateLimit.USER_CODE_ATTEMPTS_PER_CLIENT_AND_PERSON);
        }
        if (limiter.exhausted(RateLimit.USER_CODE_ATTEMPTS_PER_CLIENT, clientId)) {
            throw tooMany(RateLimit.USER_CODE_ATTEMPTS_PER_CLIENT);
        }
        if (!UserCodes.matches(presented, account.userCodeHash())) {
            audit.recordRefusal("client:" + clientId, "ciba.user-code", "account:" + person, null, "wrong user_code");
            count(RateLimit.USER_CODE_ATTEMPTS_PER_CLIENT, clientId);
            count(RateLimit.USER_CODE_ATTEMPTS_PER_CLIENT_AND_PERSON, clientAndPerson);
            throw new OAuthException(INVALID_USER_CODE, "The user_code is wrong.");
        }
    }

    private void count(RateLimit limit, String key) {
        try {
            limiter.acquire(limit, key);
        } catch (RateLimitedException e) {
            // this wrong code is answered as wrong; the next attempt meets the limit
        }
    }

    private static OAuthException tooMany(RateLimit limit) {
        return OAuthException.tooMany("invalid_user_code", "Too many wrong user codes from this client; try again later.",
                limit.untilWindowEnds(java.time.Instant.now()));
    }
}
