package org.vigil.api.oidc;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.vigil.identity.oidc.OAuthException;

/** OAuth refusals as RFC 6749 §5.2 says: a JSON error object, never cached. */
@Provider
public class OAuthExceptionMapper implements ExceptionMapper<OAuthException> {

    @Override
    public Response toResponse(OAuthException e) {
        return OAuthErrors.response(e.error().getCode(), e.getMessage(), e.error().getHTTPStatusCode() > 0 ? e.error().getHTTPStatusCode() : 400,
                e.basicChallenge(), e.retryAfter().map(java.time.Duration::toSeconds).orElse(null));
    }
}
