package org.vigil.api.admin;


import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.domain.SigningKey;
import org.vigil.identity.oidc.SigningKeyRing;

/**
 * Rotating the provider's signing key on demand (after a suspected compromise, or to rehearse):
 * the new key signs from now on, the old one stays in the JWKS until its tokens have expired.
 */
@Path("/v1/admin/signing-keys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeyResource {

    @EJB
    SigningKeyRing keys;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/{alg}/rotation")
    @APIResponse(responseCode = "201", description = "A new signing key now signs; the old one stays published for a day.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RotatedSigningKey.class)))
    public Response rotate(@PathParam("alg") String alg) {
        SigningKey key = keys.rotate(Callers.of(http), alg);
        return Response.status(Response.Status.CREATED).entity(new RotatedSigningKey(key.kid(), key.alg())).build();
    }
}
