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

import org.vigil.api.security.Authenticated;
import org.vigil.care.application.Assessment;
import org.vigil.care.application.CareTeamService;
import org.vigil.care.application.News2View;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;

/**
 * The care team's settings and bedside entries for one patient: alert limits that replace the age
 * group's defaults, how long a vital (or the gateway, {@code *}) may stay silent, and the
 * assessment that completes a partial NEWS2. Doctors and nurses of the patient's care team only;
 * audited.
 */
@Path("/v1/patients/{patientId}")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatientCareResource {

    @EJB
    CareTeamService careTeam;

    @EJB
    AuditTrail audit;

    @Context
    HttpServletRequest http;

    @PUT
    @Path("/thresholds/{kind}")
    public Response setThreshold(@PathParam("patientId") UUID patientId, @PathParam("kind") String kind, @NotNull @Valid ThresholdBody body) {
        UUID member = CareAccess.careStaff(http);
        careTeam.setThreshold(patientId, member, kind, body.low(), body.high());
        audit.record(CareAccess.auditName(member), "threshold.set", "patient:" + patientId, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(),
                kind + " low " + body.low() + " high " + body.high());
        return Response.noContent().build();
    }

    @PUT
    @Path("/silence-limits/{source}")
    public Response setSilenceLimit(@PathParam("patientId") UUID patientId, @PathParam("source") String source,
            @NotNull @Valid SilenceLimitBody body) {
        UUID member = CareAccess.careStaff(http);
        careTeam.setSilenceLimit(patientId, member, source, java.time.Duration.ofSeconds(body.maxSilenceSeconds()));
        audit.record(CareAccess.auditName(member), "silence-limit.set", "patient:" + patientId, AuditEvent.Outcome.SUCCESS,
                http.getRemoteAddr(), source + " " + body.maxSilenceSeconds() + " s");
        return Response.noContent().build();
    }

    @PUT
    @Path("/spo2-scale")
    public News2View setSpo2Scale(@PathParam("patientId") UUID patientId, @NotNull @Valid Spo2ScaleBody body) {
        UUID doctor = CareAccess.doctor(http);
        News2View score = careTeam.setSpo2Scale(patientId, doctor, body.scale());
        audit.record(CareAccess.auditName(doctor), "spo2-scale.set", "patient:" + patientId, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(),
                "scale " + body.scale() + "; " + score.summary());
        return score;
    }

    @POST
    @Path("/assessments")
    public Response assess(@PathParam("patientId") UUID patientId, @NotNull @Valid AssessmentBody body) {
        UUID member = CareAccess.careStaff(http);
        News2View score = careTeam.assess(patientId, member,
                new Assessment(body.consciousness(), body.supplementalOxygen(), body.respiratoryRate(), body.spo2()));
        audit.record(CareAccess.auditName(member), "assessment.enter", "patient:" + patientId, AuditEvent.Outcome.SUCCESS,
                http.getRemoteAddr(), score.summary());
        return Response.status(Response.Status.CREATED).entity(score).build();
    }
}
