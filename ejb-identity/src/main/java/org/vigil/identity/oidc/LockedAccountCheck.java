package org.vigil.identity.oidc;

import org.vigil.identity.domain.Account;
import org.vigil.identity.domain.AccountStatus;

import com.nimbusds.oauth2.sdk.OAuth2Error;

/**
 * A locked account (an admin's {@code account.lock}) signs in nowhere, and says so: the hosted login and
 * CIBA answer {@code access_denied} with this description instead of pretending not to know the person,
 * since only someone holding the person's approved device or a client that names them gets this far.
 */
final class LockedAccountCheck {

    static final String DESCRIPTION = "The account is locked; ask an administrator.";

    private LockedAccountCheck() {
    }

    static boolean locked(Account account) {
        return account.status() == AccountStatus.SUSPENDED;
    }

    /** @return the account, unless it is locked */
    static Account refuseLocked(Account account) {
        if (locked(account)) {
            throw new OAuthException(OAuth2Error.ACCESS_DENIED, DESCRIPTION);
        }
        return account;
    }
}
