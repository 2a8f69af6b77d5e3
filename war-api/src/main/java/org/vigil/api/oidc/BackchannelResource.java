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
import org.vigil.identity.oidc.CibaService;

/** CIBA Core §7: the backchannel authentication endpoint (poll, ping and push modes; plain or signed requests). */
@Path("/backchannel")
public class BackchannelResource {

    @EJB
    CibaService ciba;

    @Inject
    IssuerUrl issuer;

    @Context
    jakarta.servlet.http.HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response authenticate(@Context HttpHeaders headers, String body) {
        String endpoint = issuer.resolve("/oidc/backchannel");
        return Response.ok(ciba.authenticate(NimbusHttp.formPost(URI.create(endpoint), headers, body), http.getRemoteAddr()).toJSONObject().toJSONString(),
                        MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
