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

/**
 * Admins admit patients, place gateways in their homes, register stations and form and change care teams; the care module
 * decides who may and audits each change.
 */
@Path("/v1/admin")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CareSetupResource {

    @EJB
    CareAdministration care;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/patients")
    public Response admit(@NotNull @Valid PatientBody body) {
        UUID patient = care.admit(Callers.of(http), body.accountId(), body.familyName().strip(), body.givenName().strip(), body.birthDate(),
                Sex.valueOf(body.sex().toUpperCase(Locale.ROOT)));
        return Response.status(Response.Status.CREATED).entity(Map.of("patientId", patient)).build();
    }

    @POST
    @Path("/gateways")
    public Response enrollGateway(@NotNull @Valid GatewayBody body) {
        UUID gateway = care.enrollGateway(Callers.of(http), body.clientId(), body.patientId());
        return Response.status(Response.Status.CREATED).entity(Map.of("gatewayId", gateway)).build();
    }

    @POST
    @Path("/stations")
    public Response registerStation(@NotNull @Valid StationBody body) {
        UUID station = care.registerStation(Callers.of(http), body.clientId(), body.name().strip());
        return Response.status(Response.Status.CREATED).entity(Map.of("stationId", station)).build();
    }

    @POST
    @Path("/patients/{patientId}/care-team")
    public Response addToCareTeam(@PathParam("patientId") UUID patientId, @NotNull @Valid CareTeamBody body) {
        UUID member = care.addToCareTeam(Callers.of(http), patientId, body.accountId(),
                CareRole.valueOf(body.role().toUpperCase(Locale.ROOT)));
        return Response.status(Response.Status.CREATED).entity(Map.of("memberId", member)).build();
    }

    @DELETE
    @Path("/patients/{patientId}/care-team/{accountId}")
    public Response removeFromCareTeam(@PathParam("patientId") UUID patientId, @PathParam("accountId") UUID accountId) {
        care.removeFromCareTeam(Callers.of(http), patientId, accountId);
        return Response.noContent().build();
    }
}
