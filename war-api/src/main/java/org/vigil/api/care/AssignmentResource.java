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

import org.vigil.api.security.Authenticated;
import org.vigil.care.application.AssignmentService;
import org.vigil.care.application.AssignmentView;
import org.vigil.care.application.CareRefusal;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;

/**
 * Supervisors assign patients to monitoring stations, move them and release them; the history
 * stays readable. Only the {@code supervisor} role; every change is audited and reaches the
 * stations' open connections once it commits.
 */
@Path("/v1/assignments")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @EJB
    AssignmentService assignments;

    @EJB
    AuditTrail audit;

    @Context
    HttpServletRequest http;

    @POST
    public Response assign(@NotNull @Valid AssignmentBody body) {
        UUID supervisor = CareAccess.supervisor(http);
        AssignmentView made = assignments.assign(body.patientId(), body.stationId(), supervisor);
        audited(supervisor, "assignment.assign", made, body.reason());
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @POST
    @Path("/{id}/reassignment")
    public AssignmentView reassign(@PathParam("id") long id, @NotNull @Valid ReassignmentBody body) {
        UUID supervisor = CareAccess.supervisor(http);
        AssignmentView made = assignments.reassign(id, body.stationId(), supervisor);
        audited(supervisor, "assignment.reassign", made, body.reason());
        return made;
    }

    @POST
    @Path("/{id}/release")
    public AssignmentView release(@PathParam("id") long id, @Valid ReleaseBody body) {
        UUID supervisor = CareAccess.supervisor(http);
        AssignmentView ended = assignments.release(id, supervisor);
        audited(supervisor, "assignment.release", ended, body == null ? null : body.reason());
        return ended;
    }

    /** The history of one patient ({@code ?patientId=}) or one station ({@code ?stationId=}), newest first. */
    @GET
    public List<AssignmentView> history(@QueryParam("patientId") UUID patientId, @QueryParam("stationId") UUID stationId) {
        UUID supervisor = CareAccess.supervisor(http);
        if ((patientId == null) == (stationId == null)) {
            throw CareRefusal.invalid("Name exactly one of patientId and stationId.");
        }
        List<AssignmentView> history = assignments.history(patientId, stationId);
        audit.record(CareAccess.auditName(supervisor), "assignment.history",
                patientId != null ? "patient:" + patientId : "station:" + stationId, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(), null);
        return history;
    }

    private void audited(UUID supervisor, String action, AssignmentView a, String reason) {
        audit.record(CareAccess.auditName(supervisor), action, "patient:" + a.patientId(), AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(),
                "assignment " + a.id() + " station " + a.stationId() + (reason == null || reason.isBlank() ? "" : " reason: " + reason.strip()));
    }
}
