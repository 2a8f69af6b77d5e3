package org.vigil.api.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The security headers of every response of this WAR, set before anything else runs so that
 * error answers carry them too: a Content-Security-Policy (an HTML page may load only from this
 * server and never be framed), {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer}
 * (login URLs carry pending-login ids), and {@code Cache-Control: no-store}, because API answers
 * carry patient data and tokens; only the public PKI files and static assets may be cached.
 * A resource that sets one of these headers itself (the OIDC pages their own CSP) replaces the
 * default instead of adding a second one, which browsers would enforce as well.
 *
 * <p>{@code X-Content-Type-Options: nosniff}, HSTS on HTTPS and the cookie flags are the server's
 * ({@code configure.cli}), for every deployment.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    private static final Set<String> DEFAULTED = Set.of("content-security-policy", "x-frame-options", "referrer-policy", "cache-control");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!isPublicAndStatic(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (DEFAULTED.contains(name.toLowerCase(Locale.ROOT))) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /** Certificates, CRLs and the pages' style sheets and scripts: public, the same for everyone. */
    static boolean isPublicAndStatic(String path) {
        return (path.startsWith("/pki/") && (path.endsWith(".cer") || path.endsWith(".crl"))) || path.startsWith("/assets/");
    }
}
