package org.vigil.api.oidc;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jakarta.inject.Inject;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.AuthorizationService;
import org.vigil.identity.oidc.PendingLogins;
import org.vigil.identity.oidc.AuthorizationStep;
import org.vigil.identity.domain.LoginSession;

/** OpenID Connect Core §3.1.2: the authorization endpoint, and where the login and consent pages lead back to. */
@Path("/authorize")
public class AuthorizationResource {

    @EJB
    AuthorizationService authorization;

    @Inject
    IssuerUrl issuer;

    @Context
    HttpServletRequest http;

    @GET
    public Response authorize(@CookieParam(SessionCookie.NAME) String sid, @CookieParam(SessionCookie.LOGIN) String binding) {
        return render(authorization.authorize(http.getQueryString(), session(sid), binding));
    }

    /** §3.1.2.1 allows the same request as a form post. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response authorizeByPost(@CookieParam(SessionCookie.NAME) String sid, @CookieParam(SessionCookie.LOGIN) String binding, String form) {
        return render(authorization.authorize(form, session(sid), binding));
    }

    @GET
    @Path("/resume")
    public Response resume(@QueryParam("pending") String pending, @CookieParam(SessionCookie.NAME) String sid,
                           @CookieParam(SessionCookie.LOGIN) String binding) {
        return render(authorization.resume(pending, session(sid), binding));
    }

    @POST
    @Path("/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(@FormParam("pending") String pending, @FormParam("form_token") String formToken,
                            @FormParam("decision") String decision, @CookieParam(SessionCookie.NAME) String sid,
                            @CookieParam(SessionCookie.LOGIN) String binding) {
        return render(authorization.consent(pending, formToken, "allow".equals(decision), session(sid), binding));
    }

    private Optional<LoginSession> session(String sid) {
        return authorization.session(sid);
    }

    private Response render(AuthorizationStep step) {
        if (step instanceof AuthorizationStep.Redirect redirect) {
            return Response.seeOther(redirect.location()).header("Cache-Control", "no-store").build();
        }
        boolean secure = SessionCookie.secure(http, issuer);
        int pendingSeconds = (int) PendingLogins.LIFETIME.toSeconds();
        if (step instanceof AuthorizationStep.ShowLogin login) {
            return Response.fromResponse(Pages.page("login.html", Map.of("client", Pages.escape(login.clientName()),
                            "pending", Pages.escape(login.pendingId()))))
                    .cookie(SessionCookie.login(login.browserBinding(), secure, pendingSeconds)).build();
        }
        if (step instanceof AuthorizationStep.ShowConsent consent) {
            String scopes = consent.scopes().stream().map(s -> "<li>" + Pages.escape(ScopeNames.describe(s)) + "</li>")
                    .collect(Collectors.joining());
            return Response.fromResponse(Pages.page("consent.html", Map.of("client", Pages.escape(consent.clientName()), "scopes", scopes,
                            "pending", Pages.escape(consent.pendingId()), "formToken", Pages.escape(consent.formToken()))))
                    .cookie(SessionCookie.login(consent.browserBinding(), secure, pendingSeconds)).build();
        }
        AuthorizationStep.ShowError error = (AuthorizationStep.ShowError) step;
        return Pages.message(400, "Cannot log in", error.message());
    }
}
