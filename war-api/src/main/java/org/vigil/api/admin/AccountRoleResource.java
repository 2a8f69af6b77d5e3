package org.vigil.api.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.identity.oidc.RoleAssignments;

/** Admins give people roles; a client that requires a role (a station: doctor) gets tokens only for people who hold it. */
@Path("/v1/admin/accounts/{id}/roles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountRoleResource {

    @EJB
    RoleAssignments roles;

    @Context
    HttpServletRequest http;

    @POST
    public Map<String, List<String>> grant(@PathParam("id") UUID accountId, @NotNull @Valid RoleBody body) {
        String admin = AdminAccess.require(http);
        return Map.of("roles", roles.grant(admin, accountId, body.role(), http.getRemoteAddr()));
    }
}
