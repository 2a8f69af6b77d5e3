package org.vigil.api.admin;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.vigil.identity.oidc.InitialAccessTokenDetails;
import org.vigil.identity.oidc.InitialAccessTokens;
import org.vigil.identity.oidc.IssuedInitialAccessToken;

/**
 * Admins issue the initial access tokens with which an outside application registers itself at
 * {@code /oidc/register} (RFC 7591); the answer to an issue is the only place the token appears.
 * Listing shows what each is for and how many uses it has left; revoking stops it at once.
 */
@Path("/v1/admin/initial-access-tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InitialAccessTokenResource {

    @EJB
    InitialAccessTokens tokens;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "The token; this answer is the only place it appears.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedInitialAccessTokenView.class)))
    public Response issue(@NotNull InitialAccessTokenBody body) {
        IssuedInitialAccessToken issued = tokens.issue(Callers.of(http), body.description(), body.expiresInSeconds(), body.uses());
        return Response.status(201).entity(new IssuedInitialAccessTokenView(issued.details(), issued.token()))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    public List<InitialAccessTokenDetails> list() {
        return tokens.list(Callers.of(http));
    }

    @DELETE
    @Path("/{id}")
    public InitialAccessTokenDetails revoke(@PathParam("id") String id) {
        return tokens.revoke(Callers.of(http), id);
    }
}
