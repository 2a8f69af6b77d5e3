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

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ciba.CIBARequest;

import org.vigil.identity.application.Issuer;
import org.vigil.identity.oidc.CibaService;
import org.vigil.identity.oidc.OAuthException;

/** CIBA Core §7: the backchannel authentication endpoint (poll mode). */
@Path("/backchannel")
public class BackchannelResource {

    @EJB
    CibaService ciba;

    @Inject
    Issuer issuer;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response authenticate(@Context HttpHeaders headers, String body) {
        String endpoint = issuer.resolve("/oidc/backchannel");
        CIBARequest request;
        try {
            request = CIBARequest.parse(NimbusHttp.formPost(URI.create(endpoint), headers, body));
        } catch (ParseException e) {
            throw new OAuthException(e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST : e.getErrorObject(), e.getMessage());
        }
        return Response.ok(ciba.authenticate(request, endpoint).toJSONObject().toJSONString(), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }
}
