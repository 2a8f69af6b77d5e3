package org.vigil.api.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.platform.problem.ProblemException;

/** The admin API's one rule: the access token carries the admin role. */
final class AdminAccess {

    private AdminAccess() {
    }

    /** @return the admin's audit name */
    static String require(HttpServletRequest http) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        if (!claims.hasRole("admin")) {
            throw new Forbidden();
        }
        return (claims.isClientItself() ? "client:" : "account:") + claims.subject();
    }

    /** 403: authenticated, not allowed. */
    static final class Forbidden extends ProblemException {
        Forbidden() {
            super(403, "forbidden", "Forbidden", "This call needs the admin role.");
        }
    }
}
