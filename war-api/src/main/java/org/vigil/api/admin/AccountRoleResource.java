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
import org.vigil.identity.application.AccountRoles;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;

/** Admins grant people their roles (doctor, nurse, supervisor, ...): what their access tokens carry from the next login on. */
@Path("/v1/admin/accounts/{accountId}/roles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountRoleResource {

    @EJB
    AccountRoles roles;

    @EJB
    AuditTrail audit;

    @Context
    HttpServletRequest http;

    @PUT
    @Path("/{role}")
    public Map<String, Set<String>> grant(@PathParam("accountId") UUID accountId, @PathParam("role") String role) {
        String admin = AdminAccess.require(http);
        Set<String> now = roles.grant(accountId, role);
        audit.record(admin, "account.role.grant", "account:" + accountId, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(), role);
        return Map.of("roles", now);
    }
}
