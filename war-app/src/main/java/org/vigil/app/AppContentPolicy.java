package org.vigil.app;

import java.util.regex.Pattern;

/**
 * The app's Content-Security-Policy: scripts, styles, images, the manifest and the service worker
 * only from this server; fetches only to this server and its push WebSocket ({@code /ws/push}) on
 * the same host. Named explicitly as {@code ws://} and {@code wss://} because CSP Level 2 browsers
 * do not count a WebSocket to the page's own host as {@code 'self'}.
 */
final class AppContentPolicy {

    /** A host name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing else goes into the header. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(:[0-9]{1,5})?");

    private AppContentPolicy() {
    }

    /** @param host the request's {@code Host} header; an unusable one leaves only {@code 'self'} to connect to */
    static String forHost(String host) {
        String sockets = host != null && HOST.matcher(host).matches() ? " ws://" + host + " wss://" + host : "";
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "manifest-src 'self'; worker-src 'self'; connect-src 'self'" + sockets + "; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
    }
}
