package org.vigil.identity.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Which client notification endpoints Vigil will call: HTTPS only, no credentials or fragment in
 * the URL; plain HTTP to a loopback address only where the configuration allows it (tests, a
 * developer's machine), never by default. Checked at registration and again before each call.
 */
public final class NotificationEndpoints {

    private NotificationEndpoints() {
    }

    /** @return why the endpoint is refused, or empty when it may be called */
    public static Optional<String> check(String endpoint, boolean allowHttpLoopback) {
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.of("ping and push need a notification endpoint");
        }
        try {
            URI uri = new URI(endpoint);
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return Optional.of("an absolute URL with a host, without user info or fragment");
            }
            if ("https".equals(uri.getScheme())) {
                return Optional.empty();
            }
            if ("http".equals(uri.getScheme()) && isLoopback(uri.getHost())) {
                return allowHttpLoopback ? Optional.empty()
                        : Optional.of("https is required (plain http on a loopback address only where the installation allows it)");
            }
            return Optional.of("https is required");
        } catch (URISyntaxException e) {
            return Optional.of("not a URL");
        }
    }

    private static boolean isLoopback(String host) {
        return "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }
}
