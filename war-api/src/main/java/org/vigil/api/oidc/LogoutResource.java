package org.vigil.api.oidc;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.oidc.LogoutService;

/**
 * RP-initiated logout: the session cookie goes, whatever else happens. When clients of the session asked for
 * Front-Channel Logout, the browser first gets a page that frames their logout pages ({@link LogoutPage}).
 */
@Path("/logout")
public class LogoutResource {

    @EJB
    LogoutService logout;

    @jakarta.inject.Inject
    org.vigil.identity.application.IssuerUrl issuer;

    @Context
    HttpServletRequest http;

    @GET
    public Response logout(@CookieParam(SessionCookie.NAME) String sid, @QueryParam("id_token_hint") String idTokenHint,
                           @QueryParam("client_id") String clientId, @QueryParam("post_logout_redirect_uri") String redirect,
                           @QueryParam("state") String state) {
        LogoutService.Outcome outcome = logout.logout(sid, idTokenHint, clientId, redirect, state);
        Response response = !outcome.frames().isEmpty()
                ? LogoutPage.of(outcome.frames(), outcome.redirect().orElse(null),
                        outcome.error() == null ? "You are logged out of Vigil." : outcome.error())
                : outcome.redirect().isPresent()
                ? Response.seeOther(outcome.redirect().get()).build()
                : Pages.message(outcome.error() == null ? 200 : 400, "Logged out",
                        outcome.error() == null ? "You are logged out of Vigil." : outcome.error());
        return Response.fromResponse(response).cookie(SessionCookie.cleared(SessionCookie.secure(http, issuer))).build();
    }
}
