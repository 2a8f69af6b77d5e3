package org.vigil.api.care;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.platform.problem.ProblemException;

/**
 * Who may act on care: a person's token (never a client acting for itself), issued to one of
 * Vigil's own applications, with the role the call needs. Relationship checks (the patient's care team) are the care module's.
 */
final class CareAccess {

    private CareAccess() {
    }

    /** @return the supervisor's account id */
    static UUID supervisor(HttpServletRequest http) {
        return person(http, "supervisor", "This call needs a supervisor's token.");
    }

    /** @return the doctor's account id */
    static UUID doctor(HttpServletRequest http) {
        return person(http, "doctor", "This call needs a doctor's token.");
    }

    /** @return the doctor's or nurse's account id */
    static UUID careStaff(HttpServletRequest http) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        String role = claims.hasRole("doctor") ? "doctor" : "nurse";
        return person(http, role, "This call needs a doctor's or a nurse's token.");
    }

    static String auditName(UUID account) {
        return "account:" + account;
    }

    private static UUID person(HttpServletRequest http, String role, String detail) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        if (claims.isClientItself() || !claims.hasRole(role)) {
            throw new Forbidden(detail);
        }
        if (!BearerAuthenticationFilter.viaFirstPartyClient(http)) {
            throw new Forbidden("Care calls are open to Vigil's own applications only; this token was issued to another.");
        }
        try {
            return UUID.fromString(claims.subject());
        } catch (IllegalArgumentException e) {
            throw new Forbidden(detail);
        }
    }

    /** 403: authenticated, not allowed. */
    static final class Forbidden extends ProblemException {
        Forbidden(String detail) {
            super(403, "forbidden", "Forbidden", detail);
        }
    }
}
