package org.vigil.push.webpush;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The push services a Web Push subscription may point at. The server posts to a subscription's
 * endpoint, so an endpoint is a URL a caller chooses for the server to call: only the browsers'
 * real push services are accepted (Chrome/Edge through FCM, Firefox's autopush, Safari's, Windows'
 * WNS), on the standard HTTPS port, and an admin adds others (a self-hosted autopush, another
 * browser's service) with {@code vigil.push.web-push.allowed-hosts}
 * ({@code VIGIL_PUSH_WEB_PUSH_ALLOWED_HOSTS}, comma-separated; {@code .example.org} allows its
 * subdomains). Anything else, an internal address above all, is refused (server-side request
 * forgery).
 */
public final class PushServices {

    /** Hosts of the push services browsers use; a leading dot allows every subdomain. */
    public static final List<String> KNOWN = List.of("fcm.googleapis.com", "android.googleapis.com",
            "updates.push.services.mozilla.com", ".push.services.mozilla.com", "web.push.apple.com", ".push.apple.com",
            ".notify.windows.com");

    private final List<String> allowed;

    private PushServices(List<String> allowed) {
        this.allowed = allowed;
    }

    /** The known services plus an admin's additions (comma-separated hosts, {@code .domain} for subdomains). */
    public static PushServices knownAnd(String additions) {
        List<String> allowed = new ArrayList<>(KNOWN);
        if (additions != null) {
            for (String host : additions.split(",")) {
                if (!host.isBlank()) {
                    allowed.add(host.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new PushServices(List.copyOf(allowed));
    }

    /** Whether an https endpoint points at an allowed push service on the standard port. */
    public boolean allows(URI endpoint) {
        if (!"https".equalsIgnoreCase(endpoint.getScheme()) || endpoint.getHost() == null
                || (endpoint.getPort() != -1 && endpoint.getPort() != 443)) {
            return false;
        }
        String host = endpoint.getHost().toLowerCase(Locale.ROOT);
        return allowed.stream().anyMatch(rule -> rule.startsWith(".") ? host.endsWith(rule) && host.length() > rule.length()
                : host.equals(rule));
    }
}
