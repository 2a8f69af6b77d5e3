package org.vigil.api.identity;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.oidc.AppGrant;
import org.vigil.identity.oidc.AppGrants;

/** The outside applications (SMART apps) the signed-in person allowed to read their data, and withdrawing that. */
@Path("/v1/me/app-grants")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AppGrantResource {

    @EJB
    AppGrants grants;

    @Context
    HttpServletRequest http;

    @GET
    @Operation(summary = "What each outside application may read of the person's data, as they allowed it on the consent page")
    @APIResponse(responseCode = "200", description = "The applications, most recently allowed first")
    public Map<String, List<AppGrant>> list() {
        return Map.of("grants", grants.of(Callers.of(http)));
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(summary = "Withdraws what the person allowed the application: its refresh tokens and access tokens stop working at once")
    @APIResponse(responseCode = "204", description = "Withdrawn; the application's next launch asks again")
    public Response withdraw(@PathParam("clientId") String clientId) {
        grants.withdraw(Callers.of(http), clientId);
        return Response.noContent().build();
    }
}
