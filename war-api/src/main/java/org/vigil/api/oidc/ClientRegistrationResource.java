package org.vigil.api.oidc;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.rp.OIDCClientInformation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.identity.oidc.DynamicClientRegistration;
import org.vigil.identity.oidc.OAuthException;

/**
 * RFC 7591 client registration behind an admin's initial access token, and RFC 7592 management of a
 * registered client with its registration access token. Errors are OAuth's; a refused token is
 * answered with RFC 6750's Bearer challenge.
 */
@Path("/register")
@Produces(MediaType.APPLICATION_JSON)
public class ClientRegistrationResource {

    @EJB
    DynamicClientRegistration registration;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The client's information (RFC 7591 §3.2.1): its id, secret, registration access token "
            + "and metadata.", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response register(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String metadata) {
        return answer(() -> Response.status(201).entity(json(registration.register(bearer(authorization), metadata, http.getRemoteAddr()))));
    }

    @GET
    @Path("/{clientId}")
    @APIResponse(responseCode = "200", description = "The client's information as registered (RFC 7592 §3).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response read(@PathParam("clientId") String clientId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return answer(() -> Response.ok(json(registration.read(clientId, bearer(authorization), http.getRemoteAddr()))));
    }

    @PUT
    @Path("/{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The client's information after the change (RFC 7592 §3).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response update(@PathParam("clientId") String clientId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           String metadata) {
        return answer(() -> Response.ok(json(registration.update(clientId, bearer(authorization), metadata, http.getRemoteAddr()))));
    }

    @DELETE
    @Path("/{clientId}")
    @APIResponse(responseCode = "204", description = "The client is deleted for good.")
    public Response delete(@PathParam("clientId") String clientId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return answer(() -> {
            registration.delete(clientId, bearer(authorization), http.getRemoteAddr());
            return Response.noContent();
        });
    }

    private static Response answer(java.util.function.Supplier<Response.ResponseBuilder> call) {
        try {
            return call.get().header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
        } catch (OAuthException e) {
            if (e.error().getHTTPStatusCode() != 401) {
                throw e;
            }
            return Response.fromResponse(OAuthErrors.response(e.error().getCode(), e.getMessage(), 401))
                    .header("WWW-Authenticate", "Bearer error=\"" + e.error().getCode() + "\"").build();
        }
    }

    /** Null when the header is missing or not a Bearer token: the registration refuses it like a wrong one. */
    private static String bearer(String authorization) {
        try {
            return BearerAccessToken.parse(authorization).getValue();
        } catch (ParseException e) {
            return null;
        }
    }

    private static String json(OIDCClientInformation information) {
        return information.toJSONObject().toJSONString();
    }
}
