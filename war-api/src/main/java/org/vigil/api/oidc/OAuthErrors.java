package org.vigil.api.oidc;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.platform.limits.Excerpt;

/** The one shape of an error at an OAuth endpoint. */
final class OAuthErrors {

    private static final int MAX_DESCRIPTION = 100;

    private OAuthErrors() {
    }

    static Response response(String error, String description, int status) {
        return response(error, description, status, false, null);
    }

    /**
     * @param basicChallenge whether to challenge for HTTP Basic (RFC 6749 §5.2: only a client that tried Basic)
     * @param retryAfterSeconds for a 429, when to come back; null otherwise
     */
    static Response response(String error, String description, int status, boolean basicChallenge, Long retryAfterSeconds) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        if (description != null) {
            // Nimbus' descriptions end with the parameter they refused ("unsupported grant type: ..."): keep that short
            body.put("error_description", Excerpt.bounded(description, MAX_DESCRIPTION));
        }
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache");
        if (basicChallenge) {
            response.header("WWW-Authenticate", "Basic realm=\"vigil\"");
        }
        if (retryAfterSeconds != null) {
            response.header("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        }
        return response.build();
    }
}
