package org.vigil.admin.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers of every console answer, its error pages included: the same the server
 * sets on {@code /admin} on the request's way in ({@code configure.cli}), which a Servlet error
 * dispatch after an exception loses when the container resets the response. Faces needs inline
 * and evaluated script (PrimeFaces), so the policy allows them but nothing from elsewhere: no
 * plugins, no {@code <base>} elsewhere, no framing, forms post only here.
 */
public final class ConsoleHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private ConsoleHeaders() {
    }

    /**
     * @param path   the path inside the console
     * @param secure whether the request came over HTTPS (directly or through a trusted proxy)
     * @return the headers to set, by name
     */
    public static Map<String, String> of(String path, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        if (!path.startsWith(PageAccessFilter.FACES_RESOURCES)) {
            // pages and their errors carry patient data or say who is logged in; Faces' style sheets and scripts do not
            headers.put("Cache-Control", "no-store");
        }
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }
}
