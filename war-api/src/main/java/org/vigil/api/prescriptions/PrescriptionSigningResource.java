package org.vigil.api.prescriptions;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.vigil.api.care.Requesters;
import org.vigil.api.security.Authenticated;
import org.vigil.documents.application.SigningRequestView;

/**
 * A doctor asks to sign prescriptions: they are rendered to PDF and one signing request goes to
 * the doctor's authenticator (202, like {@code /v1/signing-requests}); the device shows each
 * prescription and signs them all with one approval.
 */
@Path("/v1/prescriptions/signing-requests")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PrescriptionSigningResource {

    @Inject
    PrescriptionSigning signing;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @POST
    @APIResponse(responseCode = "202", description = "The doctor's device was asked; poll the request at its Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SigningRequestView.class)))
    public Response start(@NotNull @Valid SigningBody body) {
        SigningRequestView request = signing.start(Requesters.of(http), body.prescriptions(), body.authenticatorId());
        return Response.accepted(request).location(uri.getBaseUriBuilder().path("v1/signing-requests").path(request.id().toString())
                .build()).build();
    }
}
