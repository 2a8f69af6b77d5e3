package org.vigil.api.oidc;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.OAuthException;
import org.vigil.identity.oidc.TokenService;

/**
 * RFC 6749 §3.2: authorization_code (with PKCE), refresh_token, client_credentials and CIBA; with a {@code DPoP} proof
 * header (RFC 9449 §5) the tokens are bound to the proof's key.
 */
@Path("/token")
public class TokenResource {

    @EJB
    TokenService tokens;

    @Inject
    IssuerUrl issuer;

    @Context
    jakarta.servlet.http.HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@Context HttpHeaders headers, String body) {
        String endpoint = issuer.resolve("/oidc/token");
        TokenRequest request;
        try {
            request = TokenRequest.parse(NimbusHttp.formPost(java.net.URI.create(endpoint), headers, body));
        } catch (ParseException e) {
            com.nimbusds.oauth2.sdk.ErrorObject error = e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject();
            throw new OAuthException(error, e.getMessage());
        }
        return Response.ok(tokens.token(request, endpoint, http.getRemoteAddr(), headers.getHeaderString("DPoP")).toJSONObject().toJSONString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }
}
