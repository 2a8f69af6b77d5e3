package org.vigil.api.identity;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.vigil.identity.oidc.CibaUserCodes;

/** A person sets their CIBA user_code from an enrolled authenticator (docs/authenticator-protocol.md). */
@Path("/v1/account/user-code")
@Consumes(MediaType.APPLICATION_JSON)
public class UserCodeResource {

    @EJB
    CibaUserCodes userCodes;

    @Context
    HttpServletRequest http;

    @PUT
    @DeviceAuthenticated
    @APIResponse(responseCode = "204", description = "The user code is set.")
    public Response set(@NotNull @Valid UserCodeBody body) {
        userCodes.set(DeviceAuthenticationFilter.principal(http), body.userCode(), http.getRemoteAddr());
        return Response.noContent().build();
    }
}
