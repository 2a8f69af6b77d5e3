package org.vigil.api.admin;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.application.AccountRoles;

/** Admins grant people their roles (doctor, nurse, supervisor, ...): what their access tokens carry from the next login on. */
@Path("/v1/admin/accounts/{accountId}/roles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountRoleResource {

    @EJB
    AccountRoles roles;

    @Context
    HttpServletRequest http;

    @PUT
    @Path("/{role}")
    public Map<String, Set<String>> grant(@PathParam("accountId") UUID accountId, @PathParam("role") String role) {
        return Map.of("roles", roles.grant(Callers.of(http), accountId, role));
    }
}
