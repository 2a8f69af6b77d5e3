package org.vigil.api.admin;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.application.InPersonCheckService;
import org.vigil.identity.application.KycDecisionOutcome;

/**
 * {@code POST /api/v1/admin/accounts/{id}/kyc-officer-bootstrap} with a reason: an admin takes one of the first KYC
 * officers (role held, level 2 reached) to level 3, while fewer officers are there than a decision needs; 409 after.
 */
@Path("/v1/admin/accounts/{accountId}/kyc-officer-bootstrap")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KycOfficerBootstrapResource {

    @EJB
    InPersonCheckService check;

    @Context
    HttpServletRequest http;

    @POST
    public KycDecisionOutcome bootstrap(@PathParam("accountId") UUID accountId, @NotNull ReasonBody body) {
        return check.bootstrapOfficer(Callers.of(http), accountId, body.reason());
    }
}
