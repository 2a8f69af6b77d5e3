package org.vigil.api.oidc;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.oidc.SigningKeyRing;

/** The public keys tokens are signed with, current and recently retired. */
@Path("/jwks")
public class JwksResource {

    @EJB
    SigningKeyRing keys;

    @GET
    public Response jwks() {
        return Response.ok(keys.published().toString(true), "application/jwk-set+json")
                .header("Cache-Control", "max-age=300").build();
    }
}
