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
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        if (description != null) {
            // Nimbus' descriptions end with the parameter they refused ("unsupported grant type: ..."): keep that short
            body.put("error_description", Excerpt.bounded(description, MAX_DESCRIPTION));
        }
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache");
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"vigil\"");
        }
        return response.build();
    }
}
