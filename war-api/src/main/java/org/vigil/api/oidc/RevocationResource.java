package org.vigil.api.oidc;

import java.net.URI;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.TokenInspection;

/** RFC 7009: revoking a refresh token ends its whole login; an access token is refused until it expires. */
@Path("/revoke")
public class RevocationResource {

    @EJB
    TokenInspection inspection;

    @Inject
    IssuerUrl issuer;

    @Context
    jakarta.servlet.http.HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@Context HttpHeaders headers, String body) {
        String endpoint = issuer.resolve("/oidc/revoke");
        ClientCall call = ClientCall.parse(URI.create(endpoint), headers, body);
        inspection.revoke(call.authentication(), call.optionalParameter("client_id"), call.parameter("token"), endpoint, http.getRemoteAddr());
        return Response.ok().header("Cache-Control", "no-store").build();
    }
}
