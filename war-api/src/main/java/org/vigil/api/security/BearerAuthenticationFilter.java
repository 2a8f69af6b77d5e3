package org.vigil.api.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.identity.oidc.AccessTokenVerifier;
import org.vigil.identity.application.IssuerUrl;

/**
 * Checks the access token of every {@link Authenticated} call in-process (RFC 6750, or RFC 9449 for a DPoP-bound one:
 * {@link PresentedToken}), and keeps
 * its claims for the resource. Role checks are the resource's: it knows what the call touches.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

    private static final String CLAIMS = AccessTokenClaims.class.getName();
    private static final String FIRST_PARTY = FirstPartyClients.class.getName();

    @Inject
    AccessTokenVerifier verifier;

    @Inject
    FirstPartyClients firstParty;

    @Inject
    IssuerUrl issuer;

    @Context
    HttpServletRequest http;

    @Override
    public void filter(ContainerRequestContext request) {
        AccessTokenClaims claims = PresentedToken.verify(verifier, issuer, http);
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
