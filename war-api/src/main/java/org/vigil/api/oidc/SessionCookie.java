package org.vigil.api.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;

/**
 * The browser's login session: an opaque random id, HttpOnly, SameSite=Lax (it must ride along
 * when a client sends the browser to /oidc/authorize), Secure whenever the page came over HTTPS.
 */
final class SessionCookie {

    static final String NAME = "VIGIL_SESSION";
    private static final String PATH = "/oidc";

    private SessionCookie() {
    }

    static NewCookie of(String sessionId, HttpServletRequest request, int maxAgeSeconds) {
        return new NewCookie.Builder(NAME).value(sessionId).path(PATH).httpOnly(true).secure(request.isSecure())
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAgeSeconds).build();
    }

    static NewCookie cleared(HttpServletRequest request) {
        return new NewCookie.Builder(NAME).value("").path(PATH).httpOnly(true).secure(request.isSecure())
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }
}
