package org.vigil.api.identity;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.vigil.api.prescriptions.PrescriptionSigning;
import org.vigil.identity.application.ApprovalService;
import org.vigil.identity.application.AuthenticatorService;
import org.vigil.identity.application.AuthenticatorView;
import org.vigil.identity.application.DevicePrincipal;
import org.vigil.identity.application.PendingApproval;
import org.vigil.identity.application.UnknownRequestException;
import org.vigil.identity.oidc.DeviceLoginService;

/** The authenticator's API: enrollment, its person's devices, and approval requests (docs/authenticator-protocol.md). */
@Path("/v1/authenticators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthenticatorResource {

    @EJB
    AuthenticatorService authenticators;

    @EJB
    ApprovalService approvals;

    @EJB
    DeviceLoginService deviceLogins;

    /** A denied signing request of prescriptions puts them back to draft. */
    @Inject
    PrescriptionSigning prescriptionSigning;

    @Context
    HttpServletRequest http;

    @Context
    UriInfo uri;

    /** Public: the enrollment code and the proof are the credentials. */
    @POST
    @APIResponse(responseCode = "201", description = "The authenticator is enrolled.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthenticatorView.class)))
    public Response enroll(@NotNull @Valid EnrollmentBody body) {
        AuthenticatorView enrolled = authenticators.enroll(body.enrollmentCode(), body.name(), body.proof(), http.getRemoteAddr());
        return Response.created(uri.getAbsolutePathBuilder().path(enrolled.authenticatorId().toString()).build())
                .entity(enrolled).build();
    }

    @GET
    @DeviceAuthenticated
    public List<AuthenticatorView> list() {
        return authenticators.list(DeviceAuthenticationFilter.principal(http));
    }

    @PATCH
    @Path("/{id}")
    @DeviceAuthenticated
    public AuthenticatorView rename(@PathParam("id") UUID id, @NotNull @Valid RenameBody body) {
        return authenticators.rename(DeviceAuthenticationFilter.principal(http), id, body.name());
    }

    @DELETE
    @Path("/{id}")
    @DeviceAuthenticated
    @APIResponse(responseCode = "204", description = "The authenticator is revoked.")
    public Response revoke(@PathParam("id") UUID id) {
        // identity revokes its signing certificates with it, in one transaction
        authenticators.revoke(DeviceAuthenticationFilter.principal(http), id, http.getRemoteAddr());
        return Response.noContent().build();
    }

    /** Lets an enrolled device bring another of its person's devices in. */
    @POST
    @Path("/enrollment-codes")
    @DeviceAuthenticated
    @APIResponse(responseCode = "201", description = "A code for enrolling one more authenticator.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentCodeView.class)))
    public Response enrollmentCode() {
        String code = authenticators.issueEnrollmentCode(DeviceAuthenticationFilter.principal(http));
        return Response.status(Response.Status.CREATED).entity(new EnrollmentCodeView(code)).build();
    }

    /** The device scanned a login page's QR code: the login becomes a request to this device's person. */
    @POST
    @Path("/qr-logins/{token}")
    @DeviceAuthenticated
    @APIResponse(responseCode = "201", description = "The login behind the QR code, waiting for this device to decide.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PendingApproval.class)))
    public Response claimQrLogin(@PathParam("token") String token) {
        return deviceLogins.claimQrLogin(token, DeviceAuthenticationFilter.principal(http), http.getRemoteAddr())
                .map(request -> Response.status(Response.Status.CREATED).entity(request).build())
                .orElseThrow(() -> new UnknownRequestException("This QR code is unknown, expired or was scanned already."));
    }

    @GET
    @Path("/requests")
    @DeviceAuthenticated
    public List<PendingApproval> pending() {
        return approvals.pending(DeviceAuthenticationFilter.principal(http));
    }

    @POST
    @Path("/requests/{id}/decision")
    @DeviceAuthenticated
    @APIResponse(responseCode = "204", description = "The decision is recorded.")
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid DecisionBody body) {
        DevicePrincipal device = DeviceAuthenticationFilter.principal(http);
        approvals.decide(device, id, body.decision(), body.signature(), http.getRemoteAddr());
        if ("deny".equals(body.decision())) {
            // after the decision's own transaction: a refusal there (an altered approval, a replay) changes no prescription
            prescriptionSigning.denied(device.accountId(), id, http.getRemoteAddr());
        }
        return Response.noContent().build();
    }
}
