package org.vigil.api.care;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.care.application.CallService;
import org.vigil.care.application.CallView;

/**
 * A patient's video calls, newest first (at most 500): who called from which station, when it was
 * answered, how it ended and how long it lasted. Patient data: read by those the access policy
 * admits (the patient, the care team, an assigned station), and audited like every such read.
 */
@Path("/v1/patients/{patientId}/calls")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PatientCallResource {

    @EJB
    CallService calls;

    @Context
    HttpServletRequest http;

    @GET
    public Map<String, Object> calls(@PathParam("patientId") UUID patientId) {
        List<CallView> history = calls.history(Requesters.of(http), patientId, Requesters.what(http));
        return Map.of("patientId", patientId, "calls", history);
    }
}
