package org.vigil.api.oidc;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

/**
 * The page a logout ends on when clients asked for Front-Channel Logout 1.0: their logout pages in hidden iframes,
 * then (logout.js) on to the post-logout address. Only this page may frame anything, and only those clients' origins.
 */
final class LogoutPage {

    private LogoutPage() {
    }

    static Response of(List<URI> frames, URI next, String message) {
        String iframes = frames.stream()
                .map(f -> "<iframe class=\"frontchannel-logout\" hidden title=\"Logging out of an application\" src=\""
                        + Pages.escape(f.toString()) + "\"></iframe>")
                .collect(Collectors.joining("\n    "));
        String nextUrl = next == null ? "" : Pages.escape(next.toString());
        String continueLink = next == null ? "" : "<p><a id=\"continue\" href=\"" + nextUrl + "\">Continue</a></p>";
        return Pages.page(200, "logout.html", Map.of("next", nextUrl, "message", Pages.escape(message),
                "continue", continueLink, "frames", iframes), policy(frames));
    }

    /** The hosted pages' policy, plus {@code frame-src} for exactly the framed clients' origins. */
    static String policy(List<URI> frames) {
        Set<String> origins = new LinkedHashSet<>();
        for (URI frame : frames) {
            origins.add(frame.getScheme() + "://" + frame.getRawAuthority());
        }
        return Pages.POLICY + "; frame-src " + String.join(" ", origins);
    }
}
