package org.vigil.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.identity.oidc.InvalidTokenException;

/**
 * Checks the access token of every {@link Authenticated} call in-process (RFC 6750), and keeps
 * its claims for the resource. Role checks are the resource's: it knows what the call touches.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

    private static final String CLAIMS = AccessTokenClaims.class.getName();
    private static final String FIRST_PARTY = FirstPartyClients.class.getName();
    private static final String SCHEME = "Bearer ";

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    FirstPartyClients firstParty;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new InvalidBearerTokenException(null);
        }
        AccessTokenClaims claims;
        try {
            claims = verifier.verify(authorization.substring(SCHEME.length()).strip());
        } catch (InvalidTokenException e) {
            throw new InvalidBearerTokenException(e.getMessage());
        }
        request.setProperty(CLAIMS, claims);
        request.setProperty(FIRST_PARTY, claims.isClientItself() || firstParty.isFirstParty(claims.clientId()));
    }

    /**
     * Whether a person's token was issued to one of Vigil's own applications (a device's own token
     * counts as such). A third-party application a person signed in to carries their roles in its
     * token, but has asked for nothing beyond the login: it is not given patient data.
     */
    public static boolean viaFirstPartyClient(HttpServletRequest request) {
        claims(request);
        return Boolean.TRUE.equals(request.getAttribute(FIRST_PARTY));
    }

    /** The claims this filter checked; request properties are the servlet request's attributes. */
    public static AccessTokenClaims claims(HttpServletRequest request) {
        AccessTokenClaims claims = (AccessTokenClaims) request.getAttribute(CLAIMS);
        if (claims == null) {
            throw new IllegalStateException("not an @Authenticated method");
        }
        return claims;
    }
}
