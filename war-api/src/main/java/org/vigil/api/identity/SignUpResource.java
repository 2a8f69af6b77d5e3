package org.vigil.api.identity;

import java.util.Locale;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.identity.application.SignUpRequest;
import org.vigil.identity.application.SignUpService;
import org.vigil.identity.application.SignUpStatus;
import org.vigil.identity.domain.Channel;

/**
 * KYC level 1 sign-up. Public by nature (nobody has an account yet), hence rate-limited per
 * client address and per recipient by the identity module.
 */
@Path("/v1/signups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignUpResource {

    @EJB
    SignUpService signUps;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @POST
    @APIResponse(responseCode = "201", description = "The sign-up started; codes were sent by email and SMS.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpStatus.class)))
    public Response start(@NotNull @Valid SignUpBody body) {
        SignUpStatus status = signUps.start(new SignUpRequest(body.firstName(), body.lastName(), body.email(), body.phone()),
                http.getRemoteAddr());
        return Response.created(uri.getAbsolutePathBuilder().path(status.signUpId().toString()).build()).entity(status).build();
    }

    @GET
    @Path("/{id}")
    public SignUpStatus status(@PathParam("id") UUID id) {
        return signUps.status(id);
    }

    @POST
    @Path("/{id}/confirmations")
    public SignUpStatus confirm(@PathParam("id") UUID id, @NotNull @Valid ConfirmationBody body) {
        return signUps.confirm(id, channel(body.channel()), body.code());
    }

    @POST
    @Path("/{id}/codes")
    @APIResponse(responseCode = "202", description = "A new code is on its way.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignUpStatus.class)))
    public Response resend(@PathParam("id") UUID id, @NotNull @Valid ResendBody body) {
        return Response.accepted(signUps.resend(id, channel(body.channel()), http.getRemoteAddr())).build();
    }

    private static Channel channel(String name) {
        return Channel.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
