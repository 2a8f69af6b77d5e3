package org.vigil.api.oidc;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.application.Issuer;
import org.vigil.identity.oidc.AuthorizationService;
import org.vigil.identity.oidc.QrCode;

/**
 * What the login page's script calls: the QR code, "send to my device", then polling until the
 * device decided. JSON only, so another site cannot post here from a plain form.
 */
@Path("/login")
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

    @EJB
    AuthorizationService authorization;

    @jakarta.inject.Inject
    Issuer issuer;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/device")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendToDevice(DeviceLoginBody body) {
        if (body == null || body.pending() == null || body.login() == null || body.login().length() > 254) {
            return OAuthErrors.response("invalid_request", "pending and login are required", 400);
        }
        String code = authorization.startDeviceLogin(body.pending(), body.login(), http.getRemoteAddr());
        return Response.ok(Map.of("matchingCode", code)).header("Cache-Control", "no-store").build();
    }

    /** The QR code an enrolled authenticator scans to take this login over. */
    @GET
    @Path("/qr.png")
    @Produces("image/png")
    public Response qrCode(@QueryParam("pending") String pending) {
        return Response.ok(QrCode.png(authorization.qrLoginUrl(pending, issuer.url())), "image/png")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/status")
    public Response status(@QueryParam("pending") String pending) {
        AuthorizationService.LoginResult result = authorization.loginStatus(pending);
        Response.ResponseBuilder response = Response.ok().header("Cache-Control", "no-store");
        Map<String, String> body = new java.util.LinkedHashMap<>();
        body.put("status", result.status().name().toLowerCase());
        if (result.matchingCode() != null) {
            body.put("matchingCode", result.matchingCode());
        }
        if (result.status() == AuthorizationService.LoginStatus.APPROVED) {
            body.put("next", "/oidc/authorize/resume?pending=" + pending);
            response.cookie(SessionCookie.of(result.sessionId(), http, (int) AuthorizationService.SESSION_LIFETIME.toSeconds()));
        }
        return response.entity(body).build();
    }
}
