package org.vigil.api.oidc;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Whatever else goes wrong at an OIDC endpoint still answers in OAuth's terms: a wrong method or
 * media type is {@code invalid_request} with its status, anything unexpected {@code server_error}.
 */
@Provider
public class OAuthFallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(OAuthFallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return OAuthErrors.response("invalid_request", web.getResponse().getStatusInfo().getReasonPhrase(), web.getResponse().getStatus());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return OAuthErrors.response("server_error", "Incident " + incident, 500);
    }
}
