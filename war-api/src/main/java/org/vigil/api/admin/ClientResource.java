package org.vigil.api.admin;

import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.oidc.CibaSettings;
import org.vigil.identity.domain.ClientAuthMethod;
import org.vigil.identity.oidc.ClientRegistration;
import org.vigil.identity.oidc.FapiSettings;
import org.vigil.identity.oidc.ClientRegistry;
import org.vigil.identity.oidc.RegisteredClient;

/** Admins register applications and devices as OAuth clients. */
@Path("/v1/admin/clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {

    @EJB
    ClientRegistry clients;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @POST
    @APIResponse(responseCode = "201", description = "The client is registered; its secret, if it has one, appears only here.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientView.class)))
    public Response register(@NotNull @Valid ClientBody body) {
        RegisteredClient registered = clients.register(Callers.of(http), new ClientRegistration(body.clientId(), body.name(),
                ClientAuthMethod.of(body.tokenEndpointAuthMethod()), body.jwks(), body.jwksUri(), orEmpty(body.redirectUris()),
                orEmpty(body.postLogoutRedirectUris()), orEmpty(body.grantTypes()), orEmpty(body.scopes()), orEmpty(body.roles()),
                body.firstParty(), body.idTokenSignedResponseAlg(),
                new CibaSettings(CibaSettings.mode(body.backchannelTokenDeliveryMode()), body.backchannelClientNotificationEndpoint(),
                        body.backchannelAuthenticationRequestSigningAlg(), body.backchannelUserCodeParameter(),
                        orEmpty(body.cibaRequiredRoles())), body.resourceServer(), body.backchannelLogoutUri(),
                body.backchannelLogoutSessionRequired() == null || body.backchannelLogoutSessionRequired(),
                body.frontchannelLogoutUri(), body.frontchannelLogoutSessionRequired(),
                new FapiSettings(body.requirePushedAuthorizationRequests(), body.dpopBoundAccessTokens())));
        return Response.created(uri.getAbsolutePathBuilder().path(body.clientId()).build())
                .entity(ClientView.of(registered.client(), registered.secret())).build();
    }

    @GET
    public List<ClientView> list() {
        return clients.all(Callers.of(http)).stream().map(c -> ClientView.of(c, null)).toList();
    }

    private static Set<String> orEmpty(Set<String> values) {
        return values == null ? Set.of() : values;
    }

}
