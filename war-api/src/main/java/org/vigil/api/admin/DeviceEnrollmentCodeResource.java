package org.vigil.api.admin;


import jakarta.ejb.EJB;
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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.care.application.CareAdministration;
import org.vigil.identity.application.InvalidFieldException;
import org.vigil.identity.oidc.DeviceEnrollments;
import org.vigil.identity.oidc.StationProfile;
import org.vigil.platform.access.Caller;

/** An admin issues the one-time code a device enrolls itself with (see {@code POST /api/v1/devices}). */
@Path("/v1/admin/device-enrollments")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DeviceEnrollmentCodeResource {

    @EJB
    DeviceEnrollments enrollments;

    @EJB
    CareAdministration care;

    @Context
    HttpServletRequest http;

    @POST
    @APIResponse(responseCode = "201", description = "A code a device enrolls itself with.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeviceEnrollmentCodeView.class)))
    public Response issue(@NotNull @Valid DeviceEnrollmentCodeBody body) {
        Caller admin = Callers.of(http);
        if ("gateway".equals(body.role())) {
            if (body.patientId() == null) {
                throw new InvalidFieldException("patientId", "a gateway is enrolled to a patient's home");
            }
            // care refuses a non-admin before it says whether the patient exists
            care.requirePatient(admin, body.patientId());
        }
        String context = body.patientId() == null ? null : body.patientId().toString();
        if ("station".equals(body.role())) {
            context = StationProfile.of(body.stationMode(), body.stationName() == null ? "Station" : body.stationName()).context();
        }
        String code = enrollments.issue(admin, body.role(), context);
        return Response.status(Response.Status.CREATED)
                .entity(new DeviceEnrollmentCodeView(code, DeviceEnrollments.CODE_LIFETIME.toString())).build();
    }
}
