package org.vigil.client.sdk.ciba;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ciba.CIBAPingCallback;
import com.nimbusds.oauth2.sdk.ciba.CIBAPushCallback;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A client notification endpoint on the loopback interface (the JDK's {@code HttpServer}): it
 * accepts a POST only with a {@code client_notification_token} the client handed out and still
 * expects, answers 204 as CIBA Core §10 asks, and hands the ping or push callback to whoever waits.
 * Loopback HTTP suits a desktop station or a test; a server-side client needs HTTPS.
 */
public final class CibaCallbackReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Set<String> expectedTokens = ConcurrentHashMap.newKeySet();
    private final LinkedBlockingQueue<HTTPRequest> received = new LinkedBlockingQueue<>();

    private CibaCallbackReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on 127.0.0.1, on a free port. */
    public static CibaCallbackReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CibaCallbackReceiver receiver = new CibaCallbackReceiver(server);
        server.createContext("/ciba", receiver::handle);
        server.start();
        return receiver;
    }

    /** The URL to register as {@code backchannel_client_notification_endpoint}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ciba");
    }

    /** A new client_notification_token, accepted from now on. */
    public String newNotificationToken() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expectedTokens.add(token);
        return token;
    }

    public CIBAPingCallback awaitPing(Duration timeout) throws InterruptedException, ParseException {
        return CIBAPingCallback.parse(next(timeout));
    }

    public CIBAPushCallback awaitPush(Duration timeout) throws InterruptedException, ParseException {
        return CIBAPushCallback.parse(next(timeout));
    }

    /** Whether a callback arrived (and waits to be taken). */
    public boolean hasReceived() {
        return !received.isEmpty();
    }

    private HTTPRequest next(Duration timeout) throws InterruptedException {
        HTTPRequest request = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (request == null) {
            throw new IllegalStateException("no CIBA callback within " + timeout);
        }
        return request;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (authorization == null || !authorization.startsWith("Bearer ") || !expected(authorization.substring(7))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, endpoint());
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null) {
                request.setHeader("Content-Type", contentType);
            }
            request.setAuthorization(authorization);
            request.setBody(body);
            received.add(request);
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private boolean expected(String token) {
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        return expectedTokens.stream().anyMatch(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), presented));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
