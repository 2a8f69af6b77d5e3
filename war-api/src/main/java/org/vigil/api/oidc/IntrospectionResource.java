package org.vigil.api.oidc;

import java.net.URI;

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

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.TokenInspection;

/** RFC 7662. */
@Path("/introspect")
public class IntrospectionResource {

    @EJB
    TokenInspection inspection;

    @Inject
    IssuerUrl issuer;

    @Context
    jakarta.servlet.http.HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response introspect(@Context HttpHeaders headers, String body) {
        String endpoint = issuer.resolve("/oidc/introspect");
        ClientCall call = ClientCall.parse(URI.create(endpoint), headers, body);
        return Response.ok(inspection.introspect(call.authentication(), call.parameter("token"), endpoint, http.getRemoteAddr()))
                .header("Cache-Control", "no-store").build();
    }
}
