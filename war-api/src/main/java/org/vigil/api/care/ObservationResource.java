package org.vigil.api.care;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.BearerAuthenticationFilter;
import org.vigil.care.application.ObservationService;
import org.vigil.care.domain.observation.ObservationInput;
import org.vigil.identity.oidc.AccessTokenClaims;
import org.vigil.platform.problem.ProblemException;

/**
 * Gateways upload vitals here, each for its own patient only: the token must be the gateway's
 * own (client credentials, role {@code gateway}), and the care module knows whose home it is in.
 * Idempotent by measurement id.
 */
@Path("/v1/observations")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

    @EJB
    ObservationService observations;

    @Context
    HttpServletRequest http;

    @POST
    public Map<String, List<ObservationResultView>> upload(@NotNull @Valid ObservationsBody body) {
        AccessTokenClaims claims = BearerAuthenticationFilter.claims(http);
        if (!claims.isClientItself() || !claims.hasRole("gateway")) {
            throw new NotAGatewayToken();
        }
        List<ObservationInput> items = body.observations().stream()
                .map(o -> new ObservationInput(o.measurementId(), o.kind(), o.value(), o.unit(), o.measuredAt(), o.device()))
                .toList();
        return Map.of("results", observations.ingest(claims.clientId(), items).stream()
                .map(r -> new ObservationResultView(r.measurementId(), r.status().wire(), r.reason()))
                .toList());
    }

    /** 403: a person's token, or a device that is not a gateway. */
    static final class NotAGatewayToken extends ProblemException {
        NotAGatewayToken() {
            super(403, "forbidden", "Forbidden", "Only a gateway's own token (client credentials, role gateway) may upload observations.");
        }
    }
}
