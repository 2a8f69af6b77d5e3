package org.vigil.api.stats;

import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.platform.access.Caller;
import org.vigil.stats.application.FleetReads;

/**
 * {@code GET /api/v1/stats/metrics}: the fleet's health for Prometheus (OpenMetrics when the
 * {@code Accept} header asks for it). Under the admin API's rule, which the stats module applies (role, {@code vigil:admin} scope,
 * one of Vigil's own clients): the bootstrap client's {@code client_credentials} token suits a scraper.
 */
@Path("/v1/stats/metrics")
@Authenticated
public class FleetMetricsResource {

    @EJB
    FleetReads fleet;

    @Context
    HttpServletRequest http;

    @GET
    public Response metrics(@HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Caller caller = Callers.of(http);
        boolean openMetrics = accept != null && accept.contains("application/openmetrics-text");
        return Response.ok(OpenMetricsText.of(fleet.devices(caller), fleet.openAlerts(caller), Instant.now(), openMetrics))
                .type(openMetrics ? OpenMetricsText.OPEN_METRICS : OpenMetricsText.PROMETHEUS).build();
    }
}
