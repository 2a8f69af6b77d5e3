package org.vigil.identity.application;

import java.util.UUID;

import jakarta.ejb.Local;

import org.vigil.platform.access.AdminAuthorization;
import org.vigil.platform.access.Caller;

/**
 * An admin locks a person out (a lost phone, a departure, an investigation) and lets them in again.
 * A locked person cannot sign in anywhere (the hosted login and CIBA answer {@code access_denied}),
 * their refresh tokens are revoked and the access tokens they hold refused. Each change is audited; both are idempotent.
 */
@Local
public interface AccountLocks {

    /**
     * @param reason why, for the audit trail; required
     * @throws UnknownAccountException when no account has this id
     * @throws InvalidFieldException when the reason is missing or the account is still pending its sign-up
     */
    PersonSummary lock(UUID accountId, String reason, String actor, String clientAddress);

    /** Unlocking an active account changes nothing. @throws InvalidFieldException for an account still pending its sign-up */
    PersonSummary unlock(UUID accountId, String actor, String clientAddress);

    /** {@link #lock}, for a caller of the admin API: refused unless {@link AdminAuthorization} lets them administer. */
    PersonSummary lock(Caller caller, UUID accountId, String reason);

    /** {@link #unlock}, for a caller of the admin API: refused unless {@link AdminAuthorization} lets them administer. */
    PersonSummary unlock(Caller caller, UUID accountId);
}
