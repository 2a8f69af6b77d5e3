package org.vigil.api.oidc;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vigil.identity.application.IssuerUrl;
import org.vigil.identity.oidc.DeviceLoginService;
import org.vigil.identity.oidc.LoginSessions;
import org.vigil.identity.oidc.QrCode;

/**
 * What the login page's script calls: the QR code, "send to my device", then polling until the
 * device decided. JSON only, so another site cannot post here from a plain form.
 */
@Path("/login")
@Produces(MediaType.APPLICATION_JSON)
public class LoginResource {

    @EJB
    DeviceLoginService deviceLogins;

    @jakarta.inject.Inject
    IssuerUrl issuer;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/device")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendToDevice(DeviceLoginBody body, @CookieParam(SessionCookie.LOGIN) String binding) {
        if (body == null || body.pending() == null || body.login() == null || body.login().length() > 254) {
            return OAuthErrors.response("invalid_request", "pending and login are required", 400);
        }
        String code = deviceLogins.startDeviceLogin(body.pending(), body.login(), http.getRemoteAddr(), binding);
        return Response.ok(Map.of("matchingCode", code)).header("Cache-Control", "no-store").build();
    }

    /** The QR code an enrolled authenticator scans to take this login over; an image, so its pending id is in the URL. */
    @GET
    @Path("/qr.png")
    @Produces("image/png")
    public Response qrCode(@QueryParam("pending") String pending, @CookieParam(SessionCookie.LOGIN) String binding) {
        return Response.ok(QrCode.png(deviceLogins.qrLoginUrl(pending, issuer.url(), binding)), "image/png")
                .header("Cache-Control", "no-store").build();
    }

    /** Polled by the login page; the browser that started the login (its cookie) is the only one answered. */
    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response status(LoginStatusBody body, @CookieParam(SessionCookie.LOGIN) String binding) {
        String pending = body == null ? null : body.pending();
        DeviceLoginService.LoginResult result = deviceLogins.loginStatus(pending, binding);
        Response.ResponseBuilder response = Response.ok().header("Cache-Control", "no-store");
        Map<String, String> answer = new java.util.LinkedHashMap<>();
        answer.put("status", result.status().name().toLowerCase());
        if (result.matchingCode() != null) {
            answer.put("matchingCode", result.matchingCode());
        }
        if (result.status() == DeviceLoginService.LoginStatus.APPROVED) {
            answer.put("next", "/oidc/authorize/resume?pending=" + pending);
            if (result.sessionId() != null) {
                response.cookie(SessionCookie.of(result.sessionId(), SessionCookie.secure(http, issuer),
                        (int) LoginSessions.LIFETIME.toSeconds()));
            }
        }
        return response.entity(answer).build();
    }
}
