package org.vigil.api.documents;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
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

import org.vigil.api.identity.DeviceAuthenticated;
import org.vigil.api.identity.DeviceAuthenticationFilter;
import org.vigil.api.prescriptions.PrescriptionSigning;
import org.vigil.documents.application.DeviceCaller;
import org.vigil.documents.application.Problems;
import org.vigil.documents.application.SignatureValueInput;
import org.vigil.documents.application.SigningRequestView;
import org.vigil.documents.application.SigningService;
import org.vigil.documents.signing.SignatureValueEncoding;
import org.vigil.identity.application.DevicePrincipal;

/**
 * The authenticator's side of a signing request (docs/authenticator-protocol.md §5): fetch what
 * to show and sign, a picture of each PDF's first page, then post the approval with one signature
 * value per document.
 */
@Path("/v1/authenticators/signing-requests")
@DeviceAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class DeviceSigningResource {

    @EJB
    SigningService signing;

    @Inject
    PrescriptionSigning prescriptions;

    @Context
    HttpServletRequest http;

    @GET
    @Path("/{id}")
    public SigningRequestView show(@PathParam("id") UUID id) {
        return signing.forDevice(device(), id);
    }

    /** Only the device the request waits for, only while it waits (docs/decisions.md: "The signer sees the first page"). */
    @GET
    @Path("/{id}/documents/{documentId}/preview")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    public Response preview(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        byte[] png = signing.preview(device(), id, documentId, http.getRemoteAddr());
        return Response.ok(png, "image/png").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    public SigningRequestView sign(@PathParam("id") UUID id, @NotNull @Valid DeviceSignaturesBody body) {
        List<SignatureValueInput> values = body.signatures().stream().map(v -> new SignatureValueInput(v.documentId(),
                decode(v.value()), SignatureValueEncoding.valueOf(v.encoding()))).toList();
        // through the prescriptions' orchestrator: a signed prescription goes on its way in the same transaction
        return prescriptions.complete(device(), id, body.approval(), values, http.getRemoteAddr());
    }

    private DeviceCaller device() {
        DevicePrincipal principal = DeviceAuthenticationFilter.principal(http);
        return new DeviceCaller(principal.authenticatorId(), principal.accountId());
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidField("signatures.value", "not Base64");
        }
    }
}
