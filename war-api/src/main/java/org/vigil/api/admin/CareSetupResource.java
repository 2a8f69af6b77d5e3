package org.vigil.api.admin;

import java.util.Locale;
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

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(responseCode = "201", description = "The patient is admitted.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdmittedPatient.class)))
    public Response admit(@NotNull @Valid PatientBody body) {
        UUID patient = care.admit(Callers.of(http), body.accountId(), body.familyName().strip(), body.givenName().strip(), body.birthDate(),
                Sex.valueOf(body.sex().toUpperCase(Locale.ROOT)));
        return Response.status(Response.Status.CREATED).entity(new AdmittedPatient(patient)).build();
    }

    @POST
    @Path("/gateways")
    @APIResponse(responseCode = "201", description = "The gateway is enrolled.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolledGateway.class)))
    public Response enrollGateway(@NotNull @Valid GatewayBody body) {
        UUID gateway = care.enrollGateway(Callers.of(http), body.clientId(), body.patientId());
        return Response.status(Response.Status.CREATED).entity(new EnrolledGateway(gateway)).build();
    }

    @POST
    @Path("/stations")
    @APIResponse(responseCode = "201", description = "The station is registered.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisteredStation.class)))
    public Response registerStation(@NotNull @Valid StationBody body) {
        UUID station = care.registerStation(Callers.of(http), body.clientId(), body.name().strip());
        return Response.status(Response.Status.CREATED).entity(new RegisteredStation(station)).build();
    }

    @POST
    @Path("/patients/{patientId}/care-team")
    @APIResponse(responseCode = "201", description = "The person joined the patient's care team.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareTeamMember.class)))
    public Response addToCareTeam(@PathParam("patientId") UUID patientId, @NotNull @Valid CareTeamBody body) {
        UUID member = care.addToCareTeam(Callers.of(http), patientId, body.accountId(),
                CareRole.valueOf(body.role().toUpperCase(Locale.ROOT)));
        return Response.status(Response.Status.CREATED).entity(new CareTeamMember(member)).build();
    }

    @DELETE
    @Path("/patients/{patientId}/care-team/{accountId}")
    @APIResponse(responseCode = "204", description = "The person left the patient's care team.")
    public Response removeFromCareTeam(@PathParam("patientId") UUID patientId, @PathParam("accountId") UUID accountId) {
        care.removeFromCareTeam(Callers.of(http), patientId, accountId);
        return Response.noContent().build();
    }
}
