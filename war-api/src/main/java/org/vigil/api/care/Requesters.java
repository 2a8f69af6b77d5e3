package org.vigil.api.care;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.care.domain.access.AppAccess;
import org.vigil.care.domain.access.Requester;
import org.vigil.identity.domain.PrivilegedScope;
import org.vigil.identity.oidc.AccessTokenClaims;

/** The care module's view of the caller, from the access token the bearer filter checked. */
public final class Requesters {

    private Requesters() {
    }

    public static Requester of(HttpServletRequest http) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        // a third-party application's token carries the person's roles, but they give it no standing here;
        // a privileged role (admin: the audit trail) counts only with its scope
        Set<String> roles = PrivilegedScope.effectiveRoles(claims.roles(), claims.scopes(), BearerAuthenticationFilter.viaFirstPartyClient(http));
        if (claims.isClientItself()) {
            return Requester.device(claims.clientId(), roles, http.getRemoteAddr());
        }
        try {
            if (!BearerAuthenticationFilter.viaFirstPartyClient(http) && claims.patient() != null) {
                // SMART on FHIR: the patient consented to this outside application; it reads for her, within its scopes
                return Requester.app(UUID.fromString(claims.subject()), claims.clientId(),
                        new AppAccess(UUID.fromString(claims.patient()), claims.scopes()), http.getRemoteAddr());
            }
            return Requester.person(UUID.fromString(claims.subject()), claims.clientId(), roles, http.getRemoteAddr());
        } catch (IllegalArgumentException e) {
            // A subject that is no account id reads as nobody's: the policy gives it no standing.
            return new Requester(claims.subject(), claims.clientId(), roles, true, http.getRemoteAddr());
        }
    }

    /** The request as the audit trail records it: path and query, never a token (tokens travel in headers). */
    public static String what(HttpServletRequest http) {
        String query = http.getQueryString();
        return http.getMethod() + " " + http.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
