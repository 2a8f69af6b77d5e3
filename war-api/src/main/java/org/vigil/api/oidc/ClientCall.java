package org.vigil.api.oidc;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.util.URLUtils;

import org.vigil.identity.oidc.OAuthException;

/** A client-authenticated form POST to an OAuth endpoint other than the token endpoint. */
record ClientCall(ClientAuthentication authentication, Map<String, List<String>> parameters) {

    static ClientCall parse(URI endpoint, HttpHeaders headers, String body) {
        HTTPRequest request = NimbusHttp.formPost(endpoint, headers, body);
        try {
            return new ClientCall(ClientAuthentication.parse(request), URLUtils.parseParameters(body));
        } catch (ParseException e) {
            throw new OAuthException(OAuth2Error.INVALID_REQUEST, e.getMessage());
        }
    }

    String parameter(String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new OAuthException(OAuth2Error.INVALID_REQUEST, name + " is required.");
        }
        return values.get(0);
    }

    String optionalParameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
