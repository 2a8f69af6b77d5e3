package org.vigil.api.info;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.vigil.stats.application.SystemInfo;
import org.vigil.stats.application.SystemInfoService;

/** What this server is: version, build, database. Public: it names no person and no secret. */
@Path("/v1/info")
public class InfoResource {

    @EJB
    SystemInfoService systemInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SystemInfo info() {
        return systemInfo.describe();
    }
}
