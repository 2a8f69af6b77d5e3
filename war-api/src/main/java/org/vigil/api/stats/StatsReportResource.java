package org.vigil.api.stats;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.api.security.Authenticated;
import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.stats.application.DeviceCaller;
import org.vigil.stats.application.HealthIngest;
import org.vigil.stats.application.HealthReportFormat;

/**
 * {@code POST /api/v1/stats/reports}: a gateway, station or KYC terminal reports its health with
 * its own device token ({@link HealthReportFormat} says what the body holds). 204 when stored;
 * anyone but an enrolled device is refused by the stats server (403).
 */
@Path("/v1/stats/reports")
@Authenticated
public class StatsReportResource {

    @EJB
    HealthIngest ingest;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "204", description = "The report is stored.")
    public Response report(String body) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        ingest.report(new DeviceCaller(claims.clientId(), java.util.Set.copyOf(claims.roles()), claims.isClientItself(), http.getRemoteAddr()),
                HealthReportFormat.parse(body));
        return Response.noContent().build();
    }
}
