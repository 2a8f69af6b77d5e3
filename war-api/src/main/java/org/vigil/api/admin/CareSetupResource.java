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
import org.vigil.care.application.CareAdministration;
import org.vigil.care.domain.patient.CareRole;
import org.vigil.care.domain.patient.Sex;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;

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
        String admin = AdminAccess.require(http);
        UUID patient = care.admit(body.accountId(), body.familyName().strip(), body.givenName().strip(), body.birthDate(),
                Sex.valueOf(body.sex().toUpperCase(Locale.ROOT)));
        audit.record(admin, "patient.admit", "patient:" + patient, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(),
                "account " + body.accountId());
        return Response.status(Response.Status.CREATED).entity(Map.of("patientId", patient)).build();
    }

    @POST
    @Path("/gateways")
    public Response enrollGateway(@NotNull @Valid GatewayBody body) {
        String admin = AdminAccess.require(http);
        UUID gateway = care.enrollGateway(body.clientId(), body.patientId());
        audit.record(admin, "gateway.enroll", "patient:" + body.patientId(), AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(),
                "client " + body.clientId());
        return Response.status(Response.Status.CREATED).entity(Map.of("gatewayId", gateway)).build();
    }

    @POST
    @Path("/stations")
    public Response registerStation(@NotNull @Valid StationBody body) {
        String admin = AdminAccess.require(http);
        UUID station = care.registerStation(body.clientId(), body.name().strip());
        audit.record(admin, "station.register", "station:" + station, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(),
                "client " + body.clientId());
        return Response.status(Response.Status.CREATED).entity(Map.of("stationId", station)).build();
    }

    @POST
    @Path("/patients/{patientId}/care-team")
    public Response addToCareTeam(@PathParam("patientId") UUID patientId, @NotNull @Valid CareTeamBody body) {
        String admin = AdminAccess.require(http);
        UUID member = care.addToCareTeam(patientId, body.accountId(), CareRole.valueOf(body.role().toUpperCase(Locale.ROOT)));
        audit.record(admin, "care-team.add", "patient:" + patientId, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(),
                body.role() + " " + body.accountId());
        return Response.status(Response.Status.CREATED).entity(Map.of("memberId", member)).build();
    }

    @DELETE
    @Path("/patients/{patientId}/care-team/{accountId}")
    public Response removeFromCareTeam(@PathParam("patientId") UUID patientId, @PathParam("accountId") UUID accountId) {
        String admin = AdminAccess.require(http);
        care.removeFromCareTeam(patientId, accountId);
        audit.record(admin, "care-team.remove", "patient:" + patientId, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(),
                "account " + accountId);
        return Response.noContent().build();
    }
}
