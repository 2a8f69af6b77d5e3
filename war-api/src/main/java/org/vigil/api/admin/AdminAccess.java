package org.vigil.api.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.identity.domain.PrivilegedScope;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.platform.problem.ProblemException;

/**
 * The admin API's rule: the access token carries the admin role and the {@code vigil:admin} scope, and was issued to one
 * of Vigil's own applications (the bootstrap client, the console), never to an outside application an admin signed in to.
 */
public final class AdminAccess {

    private AdminAccess() {
    }

    /** @return the admin's audit name */
    public static String require(HttpServletRequest http) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        if (!claims.hasRole(PrivilegedScope.ADMIN.role().claim())) {
            throw new Forbidden("This call needs the admin role.");
        }
        if (!BearerAuthenticationFilter.viaFirstPartyClient(http)) {
            throw new Forbidden("The admin API is open to Vigil's own applications only; this token was issued to another.");
        }
        if (!claims.scopes().contains(PrivilegedScope.ADMIN.value())) {
            throw new InsufficientScope(PrivilegedScope.ADMIN.value());
        }
        return (claims.isClientItself() ? "client:" : "account:") + claims.subject();
    }

    /** 403: authenticated, not allowed. */
    static final class Forbidden extends ProblemException {
        Forbidden(String detail) {
            super(403, "forbidden", "Forbidden", detail);
        }
    }

    /** 403 with RFC 6750 §3.1's challenge: the role is there, the scope that lets it act is not. */
    static final class InsufficientScope extends ProblemException {
        private final String scope;

        InsufficientScope(String scope) {
            super(403, "insufficient-scope", "Insufficient scope", "This call needs a token with the " + scope
                    + " scope as well as the admin role; ask for it when the admin signs in.");
            this.scope = scope;
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("WWW-Authenticate", "Bearer realm=\"vigil\", error=\"insufficient_scope\", scope=\"" + scope + "\"");
        }
    }
}
