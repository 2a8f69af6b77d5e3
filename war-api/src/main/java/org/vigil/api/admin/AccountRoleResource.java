package org.vigil.api.admin;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.vigil.api.security.Authenticated;
import org.vigil.identity.application.AccountRoles;
import org.vigil.identity.application.AuditTrail;
import org.vigil.identity.domain.AuditEvent;
import org.vigil.identity.domain.Role;
import org.vigil.platform.problem.ProblemException;

/**
 * Admins give staff their roles ({@code PUT /api/v1/admin/accounts/{id}/roles/nurse}): tokens
 * issued from the person's next login carry them. Idempotent.
 */
@Path("/v1/admin/accounts/{accountId}/roles/{role}")
@Authenticated
public class AccountRoleResource {

    @EJB
    AccountRoles roles;

    @EJB
    AuditTrail audit;

    @Context
    HttpServletRequest http;

    @PUT
    public Response grant(@PathParam("accountId") UUID accountId, @PathParam("role") String claim) {
        String admin = AdminAccess.require(http);
        Role role = Role.ofClaim(claim).orElseThrow(() -> new UnknownRole(claim));
        roles.grant(accountId, role);
        audit.record(admin, "account.role.grant", "account:" + accountId, AuditEvent.Outcome.SUCCESS, http.getRemoteAddr(), role.claim());
        return Response.noContent().build();
    }

    static final class UnknownRole extends ProblemException {
        UnknownRole(String claim) {
            super(400, "invalid-request", "Unknown role", "There is no role named " + claim + ".");
        }
    }
}
