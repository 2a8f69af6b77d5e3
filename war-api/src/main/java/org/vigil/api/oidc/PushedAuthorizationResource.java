package org.vigil.api.oidc;

import java.net.URI;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.PushedAuthorizationService;

/** RFC 9126 §2: the pushed authorization request endpoint; the answer's request_uri goes to /authorize instead of the request. */
@Path("/par")
public class PushedAuthorizationResource {

    @EJB
    PushedAuthorizationService pushed;

    @Inject
    IssuerUrl issuer;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response push(@Context HttpHeaders headers, String body) {
        String endpoint = issuer.resolve("/oidc/par");
        ClientCall call = ClientCall.parse(URI.create(endpoint), headers, body);
        return Response.status(201).entity(pushed.push(call.authentication(), call.parameters(), endpoint, http.getRemoteAddr(),
                        headers.getHeaderString("DPoP"))
                        .toJSONObject().toJSONString())
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
