package org.vigil.api.care;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.care.application.CallService;

/**
 * How a patient's gateway takes video calls: whether it answers them by itself, for a patient who
 * cannot reach the screen. A supervisor, or a doctor of the patient's care team; audited. The next
 * ring carries the setting to the gateway. The care module decides who may and audits.
 */
@Path("/v1/patients/{patientId}/call-settings")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PatientCallSettingsResource {

    @EJB
    CallService calls;

    @Context
    HttpServletRequest http;

    @PUT
    @Operation(summary = "Whether the patient's gateway answers video calls by itself (for a patient who cannot reach its screen)")
    @APIResponse(responseCode = "204", description = "Set; the next call's ring carries it.")
    @APIResponse(responseCode = "400", description = "autoAnswer is missing or not a boolean.")
    @APIResponse(responseCode = "403", description = "Neither a supervisor nor a doctor of the patient's care team.")
    @APIResponse(responseCode = "404", description = "No such patient.")
    public Response set(@PathParam("patientId") UUID patientId, @NotNull @Valid CallSettingsBody body) {
        calls.setAutoAnswer(Callers.of(http), patientId, body.autoAnswer());
        return Response.noContent().build();
    }
}
