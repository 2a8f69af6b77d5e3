package org.vigil.api.documents;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.platform.problem.ProblemException;

/** The person behind a bearer token: documents belong to people, never to clients acting for themselves. */
final class PersonCaller {

    private PersonCaller() {
    }

    static UUID of(HttpServletRequest http) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        if (claims.isClientItself()) {
            throw new NotAPerson();
        }
        try {
            return UUID.fromString(claims.subject());
        } catch (IllegalArgumentException e) {
            throw new NotAPerson();
        }
    }

    static final class NotAPerson extends ProblemException {
        NotAPerson() {
            super(403, "forbidden", "Forbidden", "Documents need a person's access token, not a client's own.");
        }
    }
}
