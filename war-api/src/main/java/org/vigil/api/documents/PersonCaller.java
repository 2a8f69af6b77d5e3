package org.vigil.api.documents;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.platform.problem.ProblemException;

/**
 * The person behind a bearer token: documents belong to people, never to clients acting for
 * themselves, and are reached through Vigil's own applications only.
 */
final class PersonCaller {

    private PersonCaller() {
    }

    static UUID of(HttpServletRequest http) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        if (claims.isClientItself()) {
            throw new NotAPerson();
        }
        if (!BearerAuthenticationFilter.viaFirstPartyClient(http)) {
            throw new OutsideApplication();
        }
        try {
            return UUID.fromString(claims.subject());
        } catch (IllegalArgumentException e) {
            throw new NotAPerson();
        }
    }

    /** Prescriptions are patient data: like vitals, they go only to Vigil's own applications. */
    static final class OutsideApplication extends ProblemException {
        OutsideApplication() {
            super(403, "forbidden", "Forbidden", "Documents are open to Vigil's own applications only; this token was issued to another.");
        }
    }

    static final class NotAPerson extends ProblemException {
        NotAPerson() {
            super(403, "forbidden", "Forbidden", "Documents need a person's access token, not a client's own.");
        }
    }
}
