package org.vigil.api.care;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.care.application.AlertView;
import org.vigil.care.application.CareTeamService;

/**
 * The patient's doctors and nurses look at an alert with its history, acknowledge it, or snooze
 * it with a reason. The alert's own steps are its audit trail ({@code care_alert_event}); reading
 * one is audited as a read of patient data. The care module decides who may and audits.
 */
@Path("/v1/alerts/{alertId}")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @EJB
    CareTeamService careTeam;

    @Context
    HttpServletRequest http;

    @GET
    public AlertView alert(@PathParam("alertId") UUID alertId) {
        return careTeam.alert(Callers.of(http), alertId);
    }

    @POST
    @Path("/acknowledgement")
    public AlertView acknowledge(@PathParam("alertId") UUID alertId) {
        return careTeam.acknowledge(Callers.of(http), alertId);
    }

    @POST
    @Path("/snooze")
    public AlertView snooze(@PathParam("alertId") UUID alertId, @NotNull @Valid SnoozeBody body) {
        return careTeam.snooze(Callers.of(http), alertId, body.until(), body.reason());
    }
}
