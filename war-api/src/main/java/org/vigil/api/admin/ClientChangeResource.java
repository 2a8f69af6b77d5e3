package org.vigil.api.admin;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.oidc.ClientAdministration;
import org.vigil.identity.oidc.ClientEdit;

/**
 * Admins change a registered client: edit it, rotate its secret (the answer is the only place the new
 * one appears), disable it (its tokens stop working), enable it again, or delete it for good. The
 * business layer audits.
 */
@Path("/v1/admin/clients/{clientId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ClientChangeResource {

    @EJB
    ClientAdministration clients;

    @Context
    HttpServletRequest http;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ClientView edit(@PathParam("clientId") String clientId, @NotNull @Valid ClientEditBody body) {
        return ClientView.of(clients.edit(Callers.of(http), clientId, new ClientEdit(body.name(), body.redirectUris(), body.scopes())),
                null);
    }

    @POST
    @Path("/secret")
    public Map<String, String> rotateSecret(@PathParam("clientId") String clientId) {
        return Map.of("clientId", clientId, "clientSecret", clients.rotateSecret(Callers.of(http), clientId));
    }

    @POST
    @Path("/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClientView disable(@PathParam("clientId") String clientId, @NotNull ReasonBody body) {
        return ClientView.of(clients.disable(Callers.of(http), clientId, body.reason()), null);
    }

    /** Deleted for good: a reason is required, as for disabling, and goes to the audit trail. */
    @DELETE
    @APIResponse(responseCode = "204", description = "The client is deleted for good.")
    public Response delete(@PathParam("clientId") String clientId, @QueryParam("reason") String reason) {
        clients.delete(Callers.of(http), clientId, reason);
        return Response.noContent().build();
    }

    @POST
    @Path("/enable")
    public ClientView enable(@PathParam("clientId") String clientId) {
        return ClientView.of(clients.enable(Callers.of(http), clientId), null);
    }
}
