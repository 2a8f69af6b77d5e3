package org.vigil.api.documents;

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
import org.vigil.api.security.Authenticated;
import org.vigil.documents.application.Problems;
import org.vigil.documents.application.SigningService;
import org.vigil.documents.application.SigningRequestView;

/** Signing several documents with one approval on the device, and following a signing request. */
@Path("/v1/signing-requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SigningRequestResource {

    @EJB
    SigningService signing;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    /** The batch variant: one approval for every document listed. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "The signer's device was asked; poll the request at its Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SigningRequestView.class)))
    public Response start(@NotNull @Valid SigningBody body) {
        if (body.documents() == null || body.documents().isEmpty()) {
            throw new Problems.InvalidField("documents", "name the documents to sign");
        }
        SigningRequestView request = signing.start(PersonCaller.of(http), body.documents(), SigningRequests.options(body),
                http.getRemoteAddr());
        return SigningRequests.accepted(uri, request);
    }

    @GET
    @Path("/{id}")
    public SigningRequestView describe(@PathParam("id") UUID id) {
        return signing.describe(PersonCaller.of(http), id);
    }
}
