package org.vigil.api.care;

import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.care.application.AssignmentService;
import org.vigil.care.application.AssignmentView;

/**
 * Supervisors assign patients to monitoring stations, move them and release them; the history
 * stays readable. Only the {@code supervisor} role; every change is audited and reaches the
 * stations' open connections once it commits. The care module decides who may and audits.
 */
@Path("/v1/assignments")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @EJB
    AssignmentService assignments;

    @Context
    HttpServletRequest http;

    @POST
    @APIResponse(responseCode = "201", description = "The patient is assigned to the station.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentView.class)))
    public Response assign(@NotNull @Valid AssignmentBody body) {
        AssignmentView made = assignments.assign(Callers.of(http), body.patientId(), body.stationId(), body.reason());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @POST
    @Path("/{id}/reassignment")
    public AssignmentView reassign(@PathParam("id") long id, @NotNull @Valid ReassignmentBody body) {
        return assignments.reassign(Callers.of(http), id, body.stationId(), body.reason());
    }

    @POST
    @Path("/{id}/release")
    public AssignmentView release(@PathParam("id") long id, @Valid ReleaseBody body) {
        return assignments.release(Callers.of(http), id, body == null ? null : body.reason());
    }

    /** The history of one patient ({@code ?patientId=}) or one station ({@code ?stationId=}), newest first. */
    @GET
    public List<AssignmentView> history(@QueryParam("patientId") UUID patientId, @QueryParam("stationId") UUID stationId) {
        return assignments.history(Callers.of(http), patientId, stationId);
    }
}
