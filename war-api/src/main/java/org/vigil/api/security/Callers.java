package org.vigil.api.security;

import java.util.Collection;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.platform.access.Caller;

/**
 * The caller of an {@link Authenticated} call as the business layer sees it: what the bearer filter checked, handed on
 * as it is. The EJB that owns the operation decides what the caller may do; nothing here decides.
 */
public final class Callers {

    private Callers() {
    }

    public static Caller of(HttpServletRequest http) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        return new Caller(claims.subject(), claims.isClientItself(), copy(claims.roles()), copy(claims.scopes()),
                BearerAuthenticationFilter.viaFirstPartyClient(http), http.getRemoteAddr());
    }

    private static Set<String> copy(Collection<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
