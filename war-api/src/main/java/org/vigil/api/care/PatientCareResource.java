package org.vigil.api.care;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.care.application.Assessment;
import org.vigil.care.application.CareTeamService;
import org.vigil.care.application.News2View;

/**
 * The care team's settings and bedside entries for one patient: alert limits that replace the age
 * group's defaults, how long a vital (or the gateway, {@code *}) may stay silent, and the
 * assessment that completes a partial NEWS2. Doctors and nurses of the patient's care team only;
 * audited. The care module decides who may and audits.
 */
@Path("/v1/patients/{patientId}")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatientCareResource {

    @EJB
    CareTeamService careTeam;

    @Context
    HttpServletRequest http;

    @PUT
    @Path("/thresholds/{kind}")
    @APIResponse(responseCode = "204", description = "The threshold is set.")
    public Response setThreshold(@PathParam("patientId") UUID patientId, @PathParam("kind") String kind, @NotNull @Valid ThresholdBody body) {
        careTeam.setThreshold(Callers.of(http), patientId, kind, body.low(), body.high());
        return Response.noContent().build();
    }

    @PUT
    @Path("/silence-limits/{source}")
    @APIResponse(responseCode = "204", description = "The silence limit is set.")
    public Response setSilenceLimit(@PathParam("patientId") UUID patientId, @PathParam("source") String source,
            @NotNull @Valid SilenceLimitBody body) {
        careTeam.setSilenceLimit(Callers.of(http), patientId, source, java.time.Duration.ofSeconds(body.maxSilenceSeconds()));
        return Response.noContent().build();
    }

    @PUT
    @Path("/spo2-scale")
    public News2View setSpo2Scale(@PathParam("patientId") UUID patientId, @NotNull @Valid Spo2ScaleBody body) {
        return careTeam.setSpo2Scale(Callers.of(http), patientId, body.scale());
    }

    @POST
    @Path("/assessments")
    @APIResponse(responseCode = "201", description = "The assessment is recorded with its score.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = News2View.class)))
    public Response assess(@PathParam("patientId") UUID patientId, @NotNull @Valid AssessmentBody body) {
        News2View score = careTeam.assess(Callers.of(http), patientId,
                new Assessment(body.consciousness(), body.supplementalOxygen(), body.respiratoryRate(), body.spo2()));
        return Response.status(Response.Status.CREATED).entity(score).build();
    }
}
