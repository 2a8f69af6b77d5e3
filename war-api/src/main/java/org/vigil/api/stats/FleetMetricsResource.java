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
import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.platform.problem.ProblemException;
import org.vigil.stats.application.FleetReads;

/**
 * {@code GET /api/v1/stats/metrics}: the fleet's health for Prometheus (OpenMetrics when the
 * {@code Accept} header asks for it). Admins only, through one of Vigil's own clients (the
 * bootstrap client's {@code client_credentials} token suits a scraper); outside applications are refused.
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
        if (!BearerAuthenticationFilter.claims(http).hasRole("admin") || !BearerAuthenticationFilter.viaFirstPartyClient(http)) {
            throw new Forbidden();
        }
        boolean openMetrics = accept != null && accept.contains("application/openmetrics-text");
        return Response.ok(OpenMetricsText.of(fleet.devices(), fleet.openAlerts(), Instant.now(), openMetrics))
                .type(openMetrics ? OpenMetricsText.OPEN_METRICS : OpenMetricsText.PROMETHEUS).build();
    }

    /** 403: the fleet's figures are for admins of Vigil's own applications. */
    static final class Forbidden extends ProblemException {
        Forbidden() {
            super(403, "forbidden", "Forbidden", "The fleet's figures need the admin role, through one of Vigil's own applications.");
        }
    }
}
