package org.vigil.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * One test page served by the JDK's HTTP server on loopback at {@code http://localhost:<port>/}: a
 * secure context for getUserMedia, and a local address, so Chromium's local network access checks
 * let it open WebSockets to the server under test (a page Playwright fulfils itself counts as
 * public and is blocked: {@code ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS}).
 */
public final class LoopbackPage implements AutoCloseable {

    private final HttpServer http;
    private final String path;

    private LoopbackPage(HttpServer http, String path) {
        this.http = http;
        this.path = path;
    }

    /** Serves the test resource at {@code resource} (and nothing else) until closed. */
    public static LoopbackPage serve(String resource) {
        try (InputStream in = LoopbackPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            byte[] body = in.readAllBytes();
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext(resource, exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=" + StandardCharsets.UTF_8.name());
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            http.start();
            return new LoopbackPage(http, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + http.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
