package org.vigil.api.identity;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.vigil.identity.application.AuthenticatorService;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.InvalidDeviceAssertionException;
import org.vigil.identity.application.IssuerUrl;

import jakarta.inject.Inject;

/**
 * Checks {@code Authorization: Device <JWS>} (docs/authenticator-protocol.md) before any
 * {@link DeviceAuthenticated} method runs. The URL the device signed is the issuer's, not the
 * one this request arrived on, so a proxy in front does not break it.
 */
@Provider
@DeviceAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class DeviceAuthenticationFilter implements ContainerRequestFilter {

    static final String PRINCIPAL = DevicePrincipal.class.getName();
    private static final String SCHEME = "Device ";

    @EJB
    AuthenticatorService authenticators;

    @Inject
    IssuerUrl issuer;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new InvalidDeviceAssertionException("This call needs an Authorization: Device header.");
        }
        String url = issuer.resolve(request.getUriInfo().getRequestUri().getRawPath());
        DevicePrincipal device = authenticators.authenticate(authorization.substring(SCHEME.length()).strip(), request.getMethod(), url);
        request.setProperty(PRINCIPAL, device);
    }

    /** The device this filter recognised; request properties are the servlet request's attributes. */
    public static DevicePrincipal principal(jakarta.servlet.http.HttpServletRequest request) {
        DevicePrincipal device = (DevicePrincipal) request.getAttribute(PRINCIPAL);
        if (device == null) {
            throw new IllegalStateException("not a @DeviceAuthenticated method");
        }
        return device;
    }
}
