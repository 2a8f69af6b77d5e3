package org.vigil.api.oidc;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;

/** Hands a JAX-RS form POST to Nimbus's parsers as the HTTP request it was. */
final class NimbusHttp {

    private NimbusHttp() {
    }

    static HTTPRequest formPost(URI endpoint, HttpHeaders headers, String body) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, endpoint);
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            request.setHeader("Content-Type", contentType);
        }
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            request.setAuthorization(authorization);
        }
        request.setBody(body == null ? "" : body);
        return request;
    }
}
