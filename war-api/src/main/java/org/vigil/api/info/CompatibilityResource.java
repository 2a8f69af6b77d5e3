package org.vigil.api.info;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.vigil.stats.application.BuildInfo;

/** Lets a client program ask, before anything else, whether this server accepts its version. */
@Path("/v1/compatibility")
public class CompatibilityResource {

    private static final String SERVER_VERSION = BuildInfo.load().version();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CompatibilityResponse check(@NotNull @Valid CompatibilityRequest request) {
        return ClientCompatibility.check(request.component(), request.version(), SERVER_VERSION);
    }
}
