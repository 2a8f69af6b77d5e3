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

import org.vigil.identity.oidc.AuthorizationService;
import org.vigil.identity.oidc.AuthorizationStep;
import org.vigil.identity.oidc.LoginSession;

/** OpenID Connect Core §3.1.2: the authorization endpoint, and where the login and consent pages lead back to. */
@Path("/authorize")
public class AuthorizationResource {

    @EJB
    AuthorizationService authorization;

    @Context
    HttpServletRequest http;

    @GET
    public Response authorize(@CookieParam(SessionCookie.NAME) String sid) {
        return render(authorization.authorize(http.getQueryString(), session(sid)));
    }

    /** §3.1.2.1 allows the same request as a form post. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response authorizeByPost(@CookieParam(SessionCookie.NAME) String sid, String form) {
        return render(authorization.authorize(form, session(sid)));
    }

    @GET
    @Path("/resume")
    public Response resume(@QueryParam("pending") String pending, @CookieParam(SessionCookie.NAME) String sid) {
        return render(authorization.resume(pending, session(sid)));
    }

    @POST
    @Path("/consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(@FormParam("pending") String pending, @FormParam("form_token") String formToken,
                            @FormParam("decision") String decision, @CookieParam(SessionCookie.NAME) String sid) {
        return render(authorization.consent(pending, formToken, "allow".equals(decision), session(sid)));
    }

    private Optional<LoginSession> session(String sid) {
        return authorization.session(sid);
    }

    static Response render(AuthorizationStep step) {
        if (step instanceof AuthorizationStep.Redirect redirect) {
            return Response.seeOther(redirect.location()).header("Cache-Control", "no-store").build();
        }
        if (step instanceof AuthorizationStep.ShowLogin login) {
            return Pages.page("login.html", Map.of("client", Pages.escape(login.clientName()), "pending", Pages.escape(login.pendingId())));
        }
        if (step instanceof AuthorizationStep.ShowConsent consent) {
            String scopes = consent.scopes().stream().map(s -> "<li>" + Pages.escape(ScopeNames.describe(s)) + "</li>")
                    .collect(Collectors.joining());
            return Pages.page("consent.html", Map.of("client", Pages.escape(consent.clientName()), "scopes", scopes,
                    "pending", Pages.escape(consent.pendingId()), "formToken", Pages.escape(consent.formToken())));
        }
        AuthorizationStep.ShowError error = (AuthorizationStep.ShowError) step;
        return Pages.message(400, "Cannot log in", error.message());
    }
}
