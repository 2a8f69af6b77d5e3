package org.vigil.api.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;

import org.vigil.identity.application.IssuerUrl;

/**
 * The browser's cookies at the provider, all opaque random values, HttpOnly, {@code Secure} whenever the page came over
 * HTTPS or the issuer is an https URL (TLS ended at a reverse proxy): {@link #NAME} is the login session (SameSite=Lax,
 * it must ride along when a client sends the browser to /oidc/authorize); {@link #LOGIN} binds a pending login to the
 * browser that started it (SameSite=Strict: only the provider's own pages use it).
 */
final class SessionCookie {

    static final String NAME = "VIGIL_SESSION";
    static final String LOGIN = "VIGIL_LOGIN";
    private static final String PATH = "/oidc";

    private SessionCookie() {
    }

    static boolean secure(HttpServletRequest request, IssuerUrl issuer) {
        return request.isSecure() || issuer.url().startsWith("https:");
    }

    static NewCookie of(String sessionId, boolean secure, int maxAgeSeconds) {
        return new NewCookie.Builder(NAME).value(sessionId).path(PATH).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAgeSeconds).build();
    }

    static NewCookie cleared(boolean secure) {
        return new NewCookie.Builder(NAME).value("").path(PATH).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }

    static NewCookie login(String binding, boolean secure, int maxAgeSeconds) {
        return new NewCookie.Builder(LOGIN).value(binding).path(PATH).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAgeSeconds).build();
    }
}
