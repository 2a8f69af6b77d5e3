package org.vigil.api.admin;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.vigil.api.security.Authenticated;
import org.vigil.api.security.Callers;
import org.vigil.identity.application.AccountLocks;
import org.vigil.identity.application.PersonSummary;

/** Admins lock a person out (with a reason) and let them in again; the business layer ends their tokens and audits. */
@Path("/v1/admin/accounts/{accountId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccountLockResource {

    @EJB
    AccountLocks locks;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonSummary lock(@PathParam("accountId") UUID accountId, @NotNull ReasonBody body) {
        return locks.lock(Callers.of(http), accountId, body.reason());
    }

    @POST
    @Path("/unlock")
    public PersonSummary unlock(@PathParam("accountId") UUID accountId) {
        return locks.unlock(Callers.of(http), accountId);
    }
}
