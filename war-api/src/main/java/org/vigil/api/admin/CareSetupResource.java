package org.vigil.api.admin;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.care.application.CareAdministration;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.Sex;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.platform.access.Caller;

/** Admins admit patients, place gateways in their homes, register stations and form and change care teams. */
@Path("/v1/admin")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CareSetupResource {

    @EJB
    CareAdministration care;

    @EJB
    AuditTrail audit;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/patients")
    public Response admit(@NotNull @Valid PatientBody body) {
        Caller admin = Callers.of(http);
        UUID patient = care.admit(admin, body.accountId(), body.familyName().strip(), body.givenName().strip(), body.birthDate(),
                Sex.valueOf(body.sex().toUpperCase(Locale.ROOT)));
        audit.record(admin.auditName(), "patient.admit", "patient:" + patient, AuditEvent.Outcome.SUCCESS, admin.address(),
                "account " + body.accountId());
        return Response.status(Response.Status.CREATED).entity(Map.of("patientId", patient)).build();
    }

    @POST
    @Path("/gateways")
    public Response enrollGateway(@NotNull @Valid GatewayBody body) {
        Caller admin = Callers.of(http);
        UUID gateway = care.enrollGateway(admin, body.clientId(), body.patientId());
        audit.record(admin.auditName(), "gateway.enroll", "patient:" + body.patientId(), AuditEvent.Outcome.SUCCESS, admin.address(),
                "client " + body.clientId());
        return Response.status(Response.Status.CREATED).entity(Map.of("gatewayId", gateway)).build();
    }

    @POST
    @Path("/stations")
    public Response registerStation(@NotNull @Valid StationBody body) {
        Caller admin = Callers.of(http);
        UUID station = care.registerStation(admin, body.clientId(), body.name().strip());
        audit.record(admin.auditName(), "station.register", "station:" + station, AuditEvent.Outcome.SUCCESS, admin.address(),
                "client " + body.clientId());
        return Response.status(Response.Status.CREATED).entity(Map.of("stationId", station)).build();
    }

    @POST
    @Path("/patients/{patientId}/care-team")
    public Response addToCareTeam(@PathParam("patientId") UUID patientId, @NotNull @Valid CareTeamBody body) {
        Caller admin = Callers.of(http);
        UUID member = care.addToCareTeam(admin, patientId, body.accountId(), CareRole.valueOf(body.role().toUpperCase(Locale.ROOT)));
        audit.record(admin.auditName(), "care-team.add", "patient:" + patientId, AuditEvent.Outcome.SUCCESS, admin.address(),
                body.role() + " " + body.accountId());
        return Response.status(Response.Status.CREATED).entity(Map.of("memberId", member)).build();
    }

    @DELETE
    @Path("/patients/{patientId}/care-team/{accountId}")
    public Response removeFromCareTeam(@PathParam("patientId") UUID patientId, @PathParam("accountId") UUID accountId) {
        Caller admin = Callers.of(http);
        care.removeFromCareTeam(admin, patientId, accountId);
        audit.record(admin.auditName(), "care-team.remove", "patient:" + patientId, AuditEvent.Outcome.SUCCESS, admin.address(),
                "account " + accountId);
        return Response.noContent().build();
    }
}
